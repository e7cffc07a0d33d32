package org.tpiclinic.identity;

import org.tpiclinic.PostgresTest;

@PostgresTest
class AccountPagesPostgresTests extends AccountPagesTests {
}
