package org.tpiclinic.identity;

import org.tpiclinic.PostgresTest;

@PostgresTest
class AdminUsersPagesPostgresTests extends AdminUsersPagesTests {
}
