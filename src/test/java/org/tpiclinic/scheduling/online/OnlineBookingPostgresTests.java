package org.tpiclinic.scheduling.online;

import org.tpiclinic.PostgresTest;

@PostgresTest
class OnlineBookingPostgresTests extends OnlineBookingTests {
}
