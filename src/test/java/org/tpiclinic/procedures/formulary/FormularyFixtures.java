package org.tpiclinic.procedures.formulary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.tpiclinic.screening.Agent;
import org.tpiclinic.shared.Concentration;
import org.tpiclinic.shared.Milligrams;

/**
 * The seeded formulary (version 1, clinical reference §2) built in code, for tests of pure dose arithmetic.
 * {@code ClinicFormularyTests} checks that the migration seeds exactly this.
 */
public final class FormularyFixtures {

    private FormularyFixtures() {
    }

    public static FormularyVersion seeded() {
        return new FormularyVersion(1, Instant.parse("2026-01-01T00:00:00Z"), "system", null, "seed",
                new BigDecimal("0.8"), "default", agents(), policies());
    }

    public static List<ClinicPolicy> policies() {
        return List.of(new ClinicPolicy(PolicyCode.STEROID_MIN_INTERVAL, true, 56, "steroid interval source"),
                new ClinicPolicy(PolicyCode.STEROID_MAX_PER_YEAR, true, 4, "steroid count source"),
                new ClinicPolicy(PolicyCode.REGION_MAX_PER_YEAR, true, 4, "eviCore CMM-202"),
                new ClinicPolicy(PolicyCode.SAME_SITE_MIN_INTERVAL, true, 42, "CMS proposed LCD DL39662"),
                new ClinicPolicy(PolicyCode.REPEAT_WITHOUT_RELIEF, true, null, "ACEP MAP tool"));
    }

    public static List<FormularyAgent> agents() {
        var lidocaine = new DoseLimit(Milligrams.of("4.5"), Milligrams.of("300"), "Xylocaine MPF US label");
        var bupivacaine = new DoseLimit(null, Milligrams.of("175"), "Bupivacaine US label");
        var none = DoseLimit.none("none");
        return List.of(
                la("LIDOCAINE_05", "Lidocaine 0.5 % plain", Concentration.percent("0.5"), lidocaine, "Lidocaine",
                        Agent.LIDOCAINE_1_PLAIN),
                la("LIDOCAINE_1", "Lidocaine 1 % plain", Concentration.percent("1"), lidocaine, "Lidocaine",
                        Agent.LIDOCAINE_1_PLAIN),
                la("LIDOCAINE_2", "Lidocaine 2 % plain", Concentration.percent("2"), lidocaine, "Lidocaine",
                        Agent.LIDOCAINE_1_PLAIN),
                la("BUPIVACAINE_025", "Bupivacaine 0.25 % plain", Concentration.percent("0.25"), bupivacaine,
                        "Bupivacaine", Agent.BUPIVACAINE_025),
                la("BUPIVACAINE_05", "Bupivacaine 0.5 % plain", Concentration.percent("0.5"), bupivacaine,
                        "Bupivacaine", Agent.BUPIVACAINE_025),
                steroid("TRIAMCINOLONE_40", "Triamcinolone acetonide 40 mg/mL", "40", "Triamcinolone"),
                steroid("METHYLPREDNISOLONE_40", "Methylprednisolone acetate 40 mg/mL", "40", "Methylprednisolone"),
                steroid("DEXAMETHASONE_4", "Dexamethasone sodium phosphate 4 mg/mL", "4", "Dexamethasone"),
                new FormularyAgent("SALINE_09", "Sodium chloride 0.9 % (normal saline)", Concentration.mgPerMl("0"),
                        AgentClass.NONE, false, false, false, false, none, null, Agent.SALINE));
    }

    private static FormularyAgent la(String code, String name, Concentration concentration, DoseLimit limit,
            String substance, Agent agent) {
        return new FormularyAgent(code, name, concentration, AgentClass.AMIDE, false, false, false, false, limit,
                substance, agent);
    }

    private static FormularyAgent steroid(String code, String name, String mgPerMl, String substance) {
        return new FormularyAgent(code, name, Concentration.mgPerMl(mgPerMl), AgentClass.NONE, false, false, false,
                true, DoseLimit.none("none"), substance, null);
    }
}
