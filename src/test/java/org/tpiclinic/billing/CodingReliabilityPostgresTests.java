package org.tpiclinic.billing;

import org.tpiclinic.PostgresTest;

@PostgresTest
class CodingReliabilityPostgresTests extends CodingReliabilityTests {
}
