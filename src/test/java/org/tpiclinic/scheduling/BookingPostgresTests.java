package org.tpiclinic.scheduling;

import org.tpiclinic.PostgresTest;

@PostgresTest
class BookingPostgresTests extends BookingTests {
}
