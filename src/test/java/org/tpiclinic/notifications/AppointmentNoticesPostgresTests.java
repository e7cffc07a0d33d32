package org.tpiclinic.notifications;

import org.tpiclinic.PostgresTest;

@PostgresTest
class AppointmentNoticesPostgresTests extends AppointmentNoticesTests {
}
