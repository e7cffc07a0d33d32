package org.tpiclinic.procedures.formulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.tpiclinic.assessment.BodySite;
import org.tpiclinic.assessment.Side;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.SubstanceCatalog;
import org.tpiclinic.procedures.DoseCheck;
import org.tpiclinic.procedures.DoseCheck.AgentVolume;
import org.tpiclinic.procedures.DoseCheck.DoseNotice;
import org.tpiclinic.procedures.Formulary;
import org.tpiclinic.procedures.Injectate;
import org.tpiclinic.procedures.dose.PlannedSession;
import org.tpiclinic.procedures.dose.PriorSession;
import org.tpiclinic.procedures.dose.SessionPolicies;
import org.tpiclinic.screening.Agent;
import org.tpiclinic.shared.Concentration;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.ForbiddenException;
import org.tpiclinic.shared.Kilograms;
import org.tpiclinic.shared.Milligrams;
import org.tpiclinic.shared.Millilitres;
import org.tpiclinic.shared.NotFoundException;

/** The seeded formulary, its versions and the dose check as beans, against a real database (PostgreSQL twin). */
@SpringBootTest
@DirtiesContext
class ClinicFormularyTests {

    static final CurrentUser ADMIN = new CurrentUser(UUID.randomUUID(), "admin", "Admin", Role.ADMIN, null);
    static final CurrentUser CLINICIAN = new CurrentUser(UUID.randomUUID(), "clin", "Clin", Role.CLINICIAN, null);

    @Autowired
    Formulary formulary;
    @Autowired
    ClinicFormulary clinicFormulary;
    @Autowired
    DoseCheck doseCheck;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SubstanceCatalog substances;
    @Autowired
    SessionPolicies policies;

    @Test
    void theMigrationSeedsTheAgentsOfTheClinicalReferenceWithTheirLimitsAndSources() {
        var seeded = clinicFormulary.version(1);
        var expected = FormularyFixtures.agents();

        assertThat(seeded.warnShare()).isEqualByComparingTo("0.8");
        assertThat(seeded.warnShareSource()).isNotBlank();
        assertThat(seeded.agents()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            var want = expected.get(i);
            var got = seeded.agents().get(i);
            assertThat(got.code()).isEqualTo(want.code());
            assertThat(got.concentration().milligramsPerMillilitre()).as(want.code())
                    .isEqualByComparingTo(want.concentration().milligramsPerMillilitre());
            assertThat(got.agentClass()).as(want.code()).isEqualTo(want.agentClass());
            assertThat(got.steroid()).as(want.code()).isEqualTo(want.steroid());
            assertThat(got.limit().perKilogram()).as(want.code()).isEqualTo(want.limit().perKilogram());
            assertThat(got.limit().absolute()).as(want.code()).isEqualTo(want.limit().absolute());
            assertThat(got.limit().source()).as(want.code()).isNotBlank();
            assertThat(got.substance()).as(want.code()).isEqualTo(want.substance());
            assertThat(got.screeningAgent()).as(want.code()).isEqualTo(want.screeningAgent());
        }
    }

    @Test
    void theFormularyApiGivesTheInjectatesInOrderWithExactConcentrations() {
        assertThat(formulary.agents()).extracting(Injectate::code).startsWith("LIDOCAINE_05", "LIDOCAINE_1",
                "LIDOCAINE_2", "BUPIVACAINE_025", "BUPIVACAINE_05").contains("SALINE_09");
        var lidocaine = formulary.agent("LIDOCAINE_1").orElseThrow();
        assertThat(lidocaine.concentration().percent()).isEqualByComparingTo("1");
        assertThat(lidocaine.localAnesthetic()).isTrue();
        assertThat(formulary.agent("TRIAMCINOLONE_40").orElseThrow().steroid()).isTrue();
        assertThat(formulary.agent("BUPIVACAINE_025").orElseThrow().concentration())
                .isEqualTo(new Concentration(new java.math.BigDecimal("2.5")));
        assertThat(formulary.agent("PROCAINE_05")).isEmpty();
    }

    @Test
    void anAdminLimitChangeMakesANewVersionWithWhoAndWhyAndTheDoseCheckUsesIt() {
        int before = formulary.version();
        var lowered = new DoseLimit(Milligrams.of("4"), Milligrams.of("280"), "Clinic policy, 2026-12");
        var after = clinicFormulary.changeLimit(ADMIN, before, "LIDOCAINE_1", lowered, "  Clinic lowers the cap ");

        assertThat(formulary.version()).isEqualTo(before + 1).isEqualTo(after.version());
        assertThat(clinicFormulary.history().get(0)).satisfies(h -> {
            assertThat(h.by()).isEqualTo("admin");
            assertThat(h.reason()).isEqualTo("Clinic lowers the cap");
            assertThat(h.changedAgent()).isEqualTo("LIDOCAINE_1");
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE target LIKE 'formulary limit LIDOCAINE_1%'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(1);
        // 10 mg/mL x 28 mL = 280 mg; new max min(4 x 80 = 320, 280) = 280, old one min(360, 300) = 300
        var volumes = List.of(new AgentVolume("LIDOCAINE_1", Millilitres.of("28")));
        var now = doseCheck.evaluate(Optional.of(Kilograms.of("80")), volumes);
        assertThat(now.formularyVersion()).isEqualTo(after.version());
        assertThat(now.totals().get(0).maximum()).contains(Milligrams.of("280"));
        assertThat(now.totals().get(0).amount()).isEqualTo(Milligrams.of("280"));
        var then = doseCheck.evaluate(1, Optional.of(Kilograms.of("80")), volumes);
        assertThat(then.totals().get(0).maximum().orElseThrow()).isEqualByComparingTo(Milligrams.of("300"));
        assertThat(clinicFormulary.version(before).agent("LIDOCAINE_1").orElseThrow().limit().absolute())
                .isNotEqualTo(Milligrams.of("280"));
    }

    @Test
    void onlyAnAdminChangesALimitAndAStaleVersionIsAConflict() {
        int v = formulary.version();
        var limit = new DoseLimit(null, Milligrams.of("150"), "Clinic policy");
        assertThatThrownBy(() -> clinicFormulary.changeLimit(CLINICIAN, v, "BUPIVACAINE_025", limit, "lower"))
                .isInstanceOf(ForbiddenException.class);
        clinicFormulary.changeLimit(ADMIN, v, "BUPIVACAINE_025", limit, "lower");
        assertThatThrownBy(() -> clinicFormulary.changeLimit(ADMIN, v, "BUPIVACAINE_05", limit, "late"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> clinicFormulary.changeLimit(ADMIN, v + 1, "BUPIVACAINE_05", limit, " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clinicFormulary.changeLimit(ADMIN, v + 1, "PROCAINE_05", limit, "why"))
                .isInstanceOf(NotFoundException.class);
        assertThat(formulary.version()).isEqualTo(v + 1);
    }

    @Test
    void theDoseCheckBeanSpeaksFromTheMessagesAndNamesItsSources() {
        var report = doseCheck.evaluate(Optional.empty(),
                List.of(new AgentVolume("LIDOCAINE_1", Millilitres.of("4"))));

        assertThat(report.blocksSigning()).isTrue();
        assertThat(report.notices().get(0).code()).isEqualTo("NO_WEIGHT");
        assertThat(report.notices().get(0).message()).startsWith("No weight is recorded");
        assertThat(report.notices().get(0).source())
                .isEqualTo(clinicFormulary.current().agent("LIDOCAINE_1").orElseThrow().limit().source());
    }

    @Test
    void everyAgentIsASubstanceOfTheCatalogueAndAgreesWithItsScreeningAgent() {
        for (var agent : clinicFormulary.current().agents()) {
            agent.substanceName().ifPresent(name -> {
                var entry = substances.find(name);
                assertThat(entry).as(agent.code()).isPresent();
                var expectedClass = agent.localAnesthetic() ? agent.agentClass().name()
                        : agent.steroid() ? "CORTICOSTEROID" : "OTHER";
                assertThat(entry.get().catalogueClass()).as(agent.code()).isEqualTo(expectedClass);
            });
            agent.consentAgent().ifPresent(screening -> {
                assertThat(screening.isLocalAnaesthetic()).as(agent.code()).isEqualTo(agent.localAnesthetic());
                if (agent.localAnesthetic()) {
                    assertThat(screening.anaestheticClass().name()).as(agent.code())
                            .isEqualTo(agent.agentClass().name());
                }
                assertThat(screening.containsParaben()).as(agent.code()).isEqualTo(agent.paraben());
                assertThat(screening.containsSulfite()).as(agent.code())
                        .isEqualTo(agent.sulfite() || agent.epinephrine());
            });
        }
        assertThat(formulary.substance("LIDOCAINE_2")).contains("Lidocaine");
        assertThat(formulary.substance("SALINE_09")).isEmpty();
        assertThat(formulary.consentAgent("BUPIVACAINE_05")).contains(Agent.BUPIVACAINE_025);
        assertThat(formulary.consentAgent("TRIAMCINOLONE_40")).isEmpty();
        assertThat(formulary.consentAgent("PROCAINE_05")).isEmpty();
    }

    @Test
    void theSeededPoliciesAreOnWithTheirNumbersAndSources() {
        var seeded = clinicFormulary.version(1);
        assertThat(seeded.policies()).extracting(ClinicPolicy::code).containsExactly(PolicyCode.values());
        for (var expected : FormularyFixtures.policies()) {
            var policy = seeded.policy(expected.code());
            assertThat(policy.enabled()).as(expected.code().name()).isTrue();
            assertThat(policy.threshold()).as(expected.code().name()).isEqualTo(expected.threshold());
            assertThat(policy.source()).as(expected.code().name()).isNotBlank();
        }
    }

    @Test
    void aPolicyChangeMakesAVersionAndTheSessionPoliciesFollowIt() {
        // The database may be shared with page tests that change this policy: start from six weeks.
        clinicFormulary.changePolicy(ADMIN, formulary.version(),
                new ClinicPolicy(PolicyCode.SAME_SITE_MIN_INTERVAL, true, 42, "Seeded default"), "Start from six weeks");
        var trapezius = policies.site(new BodySite("UPPER_TRAPEZIUS", Side.LEFT));
        assertThat(trapezius.region()).isEqualTo("NECK");
        assertThat(trapezius.name()).isEqualTo("Upper trapezius, left");
        var today = new PlannedSession(LocalDate.of(2026, 12, 3), List.of(trapezius), false);
        var history = List.of(new PriorSession(LocalDate.of(2026, 11, 3), List.of(trapezius), false, true));
        assertThat(policies.check(today, history)).extracting(DoseNotice::code)
                .containsExactly("POLICY_SAME_SITE_INTERVAL");
        assertThat(policies.check(today, history).get(0).message()).startsWith("Upper trapezius, left was treated 30 days ago");

        int v = formulary.version();
        var next = clinicFormulary.changePolicy(ADMIN, v,
                new ClinicPolicy(PolicyCode.SAME_SITE_MIN_INTERVAL, true, 28, "Clinic policy 2026-12"), "Four weeks");

        assertThat(policies.check(today, history)).isEmpty();
        assertThat(policies.check(v, today, history)).hasSize(1);
        assertThat(clinicFormulary.history().get(0).changedAgent()).isEqualTo("SAME_SITE_MIN_INTERVAL");
        assertThat(next.agents()).isEqualTo(clinicFormulary.version(v).agents());
        assertThatThrownBy(() -> policies.site(new BodySite("NOT_A_MUSCLE", Side.LEFT)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anUnknownVersionIsNotFound() {
        assertThatThrownBy(() -> clinicFormulary.version(9999)).isInstanceOf(NotFoundException.class);
    }
}
