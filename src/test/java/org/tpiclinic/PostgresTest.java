package org.tpiclinic;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs a test class against the real PostgreSQL named by {@code TPI_TEST_POSTGRES_URL} (CI sets it; see
 * README), starting from an empty schema. Without the variable the class is skipped. Persistence tests get a
 * PostgreSQL twin by subclassing them with this annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfEnvironmentVariable(named = "TPI_TEST_POSTGRES_URL", matches = ".+")
@TestPropertySource(properties = {
        "spring.datasource.url=${TPI_TEST_POSTGRES_URL}",
        "spring.datasource.username=${TPI_TEST_POSTGRES_USER:tpi}",
        "spring.datasource.password=${TPI_TEST_POSTGRES_PASSWORD:tpi}",
        "spring.flyway.clean-disabled=false",
        // Spring caches one context per test configuration, each with its own pool: keep the idle ones small so
        // that dozens of cached contexts stay under PostgreSQL's default 100 connections.
        "spring.datasource.hikari.maximum-pool-size=8",
        "spring.datasource.hikari.minimum-idle=1",
        "spring.datasource.hikari.idle-timeout=10000" })
@Import(PostgresTest.CleanSchema.class)
public @interface PostgresTest {

    @TestConfiguration(proxyBeanMethods = false)
    class CleanSchema {

        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return (Flyway flyway) -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }
}
