package org.tpiclinic.identity;

import org.tpiclinic.PostgresTest;

@PostgresTest
class LastAdminPostgresTests extends LastAdminTests {
}
