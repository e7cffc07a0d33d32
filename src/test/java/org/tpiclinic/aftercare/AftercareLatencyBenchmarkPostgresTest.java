package org.tpiclinic.aftercare;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.tpiclinic.PostgresTest;

/** {@link AftercareLatencyBenchmarkTest} against PostgreSQL (with {@code TPI_TEST_POSTGRES_URL}). */
@PostgresTest
@EnabledIfSystemProperty(named = "tpi.bench", matches = "true")
class AftercareLatencyBenchmarkPostgresTest extends AftercareLatencyBenchmarkTest {
}
