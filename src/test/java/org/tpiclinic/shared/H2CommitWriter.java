package org.tpiclinic.shared;

import java.sql.DriverManager;

/**
 * Child process of {@link H2DurabilityTest}: commits one row at a time and prints "acked N" only after the
 * commit returned, until it is killed.
 */
public final class H2CommitWriter {

    private H2CommitWriter() {
    }

    public static void main(String[] args) throws Exception {
        try (var connection = DriverManager.getConnection(args[0], "sa", "")) {
            connection.setAutoCommit(false);
            try (var ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE IF NOT EXISTS acked (id INT PRIMARY KEY, payload VARCHAR(200))");
            }
            connection.commit();
            try (var insert = connection.prepareStatement("INSERT INTO acked (id, payload) VALUES (?, ?)")) {
                for (int i = 1; ; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, "row " + i + " written before the crash");
                    insert.executeUpdate();
                    connection.commit();
                    System.out.println("acked " + i);
                    System.out.flush();
                }
            }
        }
    }
}
