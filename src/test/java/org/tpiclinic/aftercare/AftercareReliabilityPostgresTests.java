package org.tpiclinic.aftercare;

import org.tpiclinic.PostgresTest;

/** {@link AftercareReliabilityTests} against PostgreSQL. */
@PostgresTest
class AftercareReliabilityPostgresTests extends AftercareReliabilityTests {
}
