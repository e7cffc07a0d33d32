package org.tpiclinic.identity;

import org.tpiclinic.PostgresTest;

@PostgresTest
class SecondFactorSignInPostgresTests extends SecondFactorSignInTests {
}
