package org.tpiclinic.scheduling;

import org.tpiclinic.PostgresTest;

@PostgresTest
class AppointmentClosingPostgresTests extends AppointmentClosingTests {
}
