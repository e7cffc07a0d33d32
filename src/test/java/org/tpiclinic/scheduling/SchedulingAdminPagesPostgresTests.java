package org.tpiclinic.scheduling;

import org.tpiclinic.PostgresTest;

@PostgresTest
class SchedulingAdminPagesPostgresTests extends SchedulingAdminPagesTests {
}
