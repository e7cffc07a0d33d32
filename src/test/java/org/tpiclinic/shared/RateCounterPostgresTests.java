package org.tpiclinic.shared;

import org.tpiclinic.PostgresTest;

@PostgresTest
class RateCounterPostgresTests extends RateCounterTests {
}
