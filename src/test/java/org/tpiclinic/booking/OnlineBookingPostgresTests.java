package org.tpiclinic.booking;

import org.tpiclinic.PostgresTest;

@PostgresTest
class OnlineBookingPostgresTests extends OnlineBookingTests {
}
