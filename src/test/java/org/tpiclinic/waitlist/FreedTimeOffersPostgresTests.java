package org.tpiclinic.waitlist;

import org.tpiclinic.PostgresTest;

@PostgresTest
class FreedTimeOffersPostgresTests extends FreedTimeOffersTests {
}
