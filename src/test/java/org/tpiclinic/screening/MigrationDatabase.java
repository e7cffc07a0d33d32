package org.tpiclinic.screening;

import java.util.Arrays;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The database a migration test upgrades: a fresh in-memory H2, or, in a test's PostgreSQL twin, a schema of the
 * database named by {@code TPI_TEST_POSTGRES_URL} that belongs to that one migration and is emptied first. A twin
 * differs from its test only by the database it asks for: {@code @Override MigrationDatabase fresh()}.
 */
final class MigrationDatabase {

    private final DataSource dataSource;
    private final String schema;
    private final String vendor;

    private MigrationDatabase(DataSource dataSource, String schema, String vendor) {
        this.dataSource = dataSource;
        this.schema = schema;
        this.vendor = vendor;
    }

    static MigrationDatabase h2(String name) {
        return new MigrationDatabase(new DriverManagerDataSource("jdbc:h2:mem:" + name + "-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", ""), null, "h2");
    }

    /** The schema {@code schema} of the test PostgreSQL database, emptied. */
    static MigrationDatabase postgres(String schema) {
        var db = new DriverManagerDataSource(System.getenv("TPI_TEST_POSTGRES_URL") + "?currentSchema=" + schema,
                System.getenv().getOrDefault("TPI_TEST_POSTGRES_USER", "tpi"),
                System.getenv().getOrDefault("TPI_TEST_POSTGRES_PASSWORD", "tpi"));
        Flyway.configure().dataSource(db).schemas(schema).cleanDisabled(false).load().clean();
        return new MigrationDatabase(db, schema, "postgresql");
    }

    DataSource dataSource() {
        return dataSource;
    }

    JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    /** Flyway over the portable migrations and this vendor's, up to {@code target} ("latest" for all). */
    Flyway flyway(String target) {
        var config = Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .target(MigrationVersion.fromVersion(target));
        return (schema == null ? config : config.schemas(schema)).load();
    }

    /** Migrates to the last version before {@code version}, whichever that is once other branches add theirs. */
    MigrationDatabase migrateToJustBefore(String version) {
        var before = Arrays.stream(flyway("latest").info().all()).map(m -> m.getVersion())
                .filter(v -> !v.isAtLeast(version)).max(MigrationVersion::compareTo).orElseThrow();
        flyway(before.getVersion()).migrate();
        return this;
    }

    MigrationDatabase migrateToLatest() {
        flyway("latest").migrate();
        return this;
    }

    /** A patient as every version since V3 stores one, for rows that need a patient to point to. */
    UUID insertPatient() {
        var patient = UUID.randomUUID();
        jdbc().sql("INSERT INTO patients (id, version, mrn, given_name, family_name, date_of_birth, sex, "
                + "preferred_language, name_key, registered_at) VALUES (?, 0, ?, 'Sam', 'Old', DATE '1970-01-01', "
                + "'FEMALE', 'English', 'old sam', CURRENT_TIMESTAMP)")
                .params(patient, "M" + patient.toString().substring(0, 8)).update();
        return patient;
    }
}
