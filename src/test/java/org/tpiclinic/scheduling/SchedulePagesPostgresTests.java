package org.tpiclinic.scheduling;

import org.tpiclinic.PostgresTest;

@PostgresTest
class SchedulePagesPostgresTests extends SchedulePagesTests {
}
