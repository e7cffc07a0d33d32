package org.tpiclinic.identity;

import org.tpiclinic.PostgresTest;

@PostgresTest
class SignInSecurityPostgresTests extends SignInSecurityTests {
}
