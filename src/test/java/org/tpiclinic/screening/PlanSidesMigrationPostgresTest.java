package org.tpiclinic.screening;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** V170 on PostgreSQL, in a schema of its own that is emptied first. */
@EnabledIfEnvironmentVariable(named = "TPI_TEST_POSTGRES_URL", matches = ".+")
class PlanSidesMigrationPostgresTest extends PlanSidesMigrationTest {

    @Override
    MigrationDatabase fresh() {
        return MigrationDatabase.postgres("v170_check");
    }
}
