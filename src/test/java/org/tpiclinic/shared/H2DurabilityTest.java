package org.tpiclinic.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default's database settings keep every acknowledged commit when the process is killed with
 * SIGKILL: a child JVM commits rows with exactly the URL options of application.properties, is killed mid-way,
 * and every row it acknowledged is there when the database is opened again.
 */
class H2DurabilityTest {

    @TempDir
    Path dir;

    @Test
    void acknowledgedCommitsSurviveKillMinus9() throws Exception {
        String url = embeddedUrl().replace("./data/tpi-clinic", dir.resolve("durable").toString());
        assertThat(url).contains("WRITE_DELAY=0");

        var child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), H2CommitWriter.class.getName(), url)
                .redirectErrorStream(true).start();
        int acked = 0;
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acked < 300 && (line = out.readLine()) != null) {
                if (line.startsWith("acked ")) {
                    acked = Integer.parseInt(line.substring(6));
                }
            }
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no clean close of the database
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acked).as("the child acknowledged commits before it was killed").isEqualTo(300);

        try (var connection = DriverManager.getConnection(url, "sa", "");
                var rows = connection.createStatement().executeQuery("SELECT COUNT(*), MIN(id), MAX(id) FROM acked")) {
            rows.next();
            int count = rows.getInt(1);
            assertThat(rows.getInt(2)).isEqualTo(1);
            assertThat(count).as("every acknowledged row survived").isGreaterThanOrEqualTo(acked);
            assertThat(rows.getInt(3)).isEqualTo(count);
        }
    }

    private static String embeddedUrl() throws Exception {
        var properties = new Properties();
        try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties.getProperty("spring.datasource.url");
    }
}
