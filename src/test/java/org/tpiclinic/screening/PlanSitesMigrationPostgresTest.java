package org.tpiclinic.screening;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** V240 on PostgreSQL, in a schema of its own that is emptied first. */
@EnabledIfEnvironmentVariable(named = "TPI_TEST_POSTGRES_URL", matches = ".+")
class PlanSitesMigrationPostgresTest extends PlanSitesMigrationTest {

    static final String SCHEMA = "v240_check";

    @Override
    DataSource fresh() {
        var db = new DriverManagerDataSource(System.getenv("TPI_TEST_POSTGRES_URL") + "?currentSchema=" + SCHEMA,
                System.getenv().getOrDefault("TPI_TEST_POSTGRES_USER", "tpi"),
                System.getenv().getOrDefault("TPI_TEST_POSTGRES_PASSWORD", "tpi"));
        Flyway.configure().dataSource(db).schemas(SCHEMA).cleanDisabled(false).load().clean();
        return db;
    }

    @Override
    Flyway flyway(DataSource db, String target) {
        return Flyway.configure().dataSource(db).schemas(SCHEMA)
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
                .target(MigrationVersion.fromVersion(target)).load();
    }
}
