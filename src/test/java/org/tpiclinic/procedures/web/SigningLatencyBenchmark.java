package org.tpiclinic.procedures.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.tpiclinic.PostgresTest;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.procedures.Procedures;
import org.tpiclinic.procedures.SessionFixtures;

/**
 * Signing a session end to end on PostgreSQL: the HTTP POST through security, the controller, the fresh checks
 * of screening, consent, weight and dose, the save, the event in the publication registry and the audit entries,
 * up to the redirect. Not part of the suite (the name does not end in Tests); run it as docs/benchmarks.md says.
 * Prints the median and p95 of {@code bench.sessions} signatures (default 100) after {@code bench.warmup} (20),
 * ten sessions per patient (each patient screened and consented first, outside the measurement).
 */
@PostgresTest
@SpringBootTest
@AutoConfigureMockMvc
class SigningLatencyBenchmark {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Procedures procedures;

    @Test
    void signsSessionsAndReportsMedianAndP95() throws Exception {
        int warmup = Integer.getInteger("bench.warmup", 20);
        int measured = Integer.getInteger("bench.sessions", 100);
        var fixtures = new SessionFixtures(context);
        var me = user(ClinicUser.of(fixtures.clinician));
        var times = new ArrayList<Long>();
        org.tpiclinic.shared.PatientId patient = null;
        for (int i = 0; i < warmup + measured; i++) {
            // a patient has at most ten sessions here: signing reads the patient's earlier sessions for the policies
            if (i % 10 == 0) {
                patient = fixtures.consentedPatient("Bench" + i);
            }
            var session = procedures.open(fixtures.clinician, patient, null);
            var d = SessionFixtures.threeMuscles("1");
            // later sessions of a patient repeat the sites the same day: the clinic policies warn, and are overridden
            var overrides = java.util.stream.Stream.of("POLICY_STEROID_INTERVAL", "POLICY_STEROID_PER_YEAR",
                    "POLICY_REGION_PER_YEAR", "POLICY_SAME_SITE_INTERVAL", "POLICY_NO_RELIEF")
                    .map(code -> new org.tpiclinic.procedures.PolicyOverride(code, "Benchmark")).toList();
            session = procedures.revise(fixtures.clinician, patient, session.sessionId(), session.version(),
                    new org.tpiclinic.procedures.Draft(d.timeOutConfirmed(), d.painBefore(), d.indication(),
                            d.mixture(), d.sites(), d.painAfter(), d.rangeOfMotion(), d.tolerance(),
                            d.complications(), d.diagnoses(), overrides));
            String url = "/patients/" + patient + "/sessions/" + session.id() + "/sign";
            long start = System.nanoTime();
            var response = mvc.perform(post(url).with(csrf()).with(me).param("version",
                    String.valueOf(session.version()))).andReturn().getResponse();
            long took = System.nanoTime() - start;
            assertThat(response.getStatus()).as("sign %d", i).isEqualTo(302);
            if (i >= warmup) {
                times.add(took);
            }
        }
        Collections.sort(times);
        System.out.printf("SIGNING n=%d median=%.1f ms p95=%.1f ms min=%.1f ms max=%.1f ms load=%s%n", times.size(),
                ms(times, 0.50), ms(times, 0.95), times.get(0) / 1e6, times.get(times.size() - 1) / 1e6,
                java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim());
    }

    private static double ms(List<Long> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
