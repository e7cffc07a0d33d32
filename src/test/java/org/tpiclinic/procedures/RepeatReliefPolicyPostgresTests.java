package org.tpiclinic.procedures;

import org.tpiclinic.PostgresTest;

@PostgresTest
class RepeatReliefPolicyPostgresTests extends RepeatReliefPolicyTests {
}
