package org.tpiclinic.screening;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** V370 on PostgreSQL, in a schema of its own that is emptied first. */
@EnabledIfEnvironmentVariable(named = "TPI_TEST_POSTGRES_URL", matches = ".+")
class IntakeAnswersMigrationPostgresTest extends IntakeAnswersMigrationTest {

    @Override
    MigrationDatabase fresh() {
        return MigrationDatabase.postgres("v370_check");
    }
}
