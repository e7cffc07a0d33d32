package org.tpiclinic.screening;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** V240 on PostgreSQL, in a schema of its own that is emptied first. */
@EnabledIfEnvironmentVariable(named = "TPI_TEST_POSTGRES_URL", matches = ".+")
class PlanSitesMigrationPostgresTest extends PlanSitesMigrationTest {

    @Override
    MigrationDatabase fresh() {
        return MigrationDatabase.postgres("v240_check");
    }
}
