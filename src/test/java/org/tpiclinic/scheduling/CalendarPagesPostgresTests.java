package org.tpiclinic.scheduling;

import org.tpiclinic.PostgresTest;

@PostgresTest
class CalendarPagesPostgresTests extends CalendarPagesTests {
}
