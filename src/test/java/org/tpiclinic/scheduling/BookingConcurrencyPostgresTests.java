package org.tpiclinic.scheduling;

import org.tpiclinic.PostgresTest;

@PostgresTest
class BookingConcurrencyPostgresTests extends BookingConcurrencyTests {
}
