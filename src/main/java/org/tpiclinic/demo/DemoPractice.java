package org.tpiclinic.demo;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whether the demo practice is present in this database, and its logins. */
@Component
public class DemoPractice {

    static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("frontdesk", "Front desk"),
            new DemoLogin("clinician", "Clinician"),
            new DemoLogin("billing", "Billing"),
            new DemoLogin("admin", "Admin"),
            new DemoLogin("patient1", "Patient (portal)"),
            new DemoLogin("patient2", "Patient (portal)"),
            new DemoLogin("patient3", "Patient (portal)"));

    private final JdbcClient jdbc;
    private final DemoProperties settings;
    private volatile Boolean present;

    DemoPractice(JdbcClient jdbc, DemoProperties settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** True when the demo data is loaded; read once, then remembered (the loader runs before any request). */
    public boolean present() {
        if (present == null) {
            present = jdbc.sql("SELECT COUNT(*) FROM demo_data").query(Long.class).single() > 0;
        }
        return present;
    }

    void loaded() {
        present = true;
    }

    public List<DemoLogin> logins() {
        return present() ? LOGINS : List.of();
    }

    public String password() {
        return present() ? settings.password() : null;
    }
}
