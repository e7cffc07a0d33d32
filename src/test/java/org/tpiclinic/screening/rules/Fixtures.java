package org.tpiclinic.screening.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.tpiclinic.assessment.Atlas;
import org.tpiclinic.patients.AllergyClass;
import org.tpiclinic.screening.Agent;
import org.tpiclinic.screening.Answer;
import org.tpiclinic.screening.PlannedTreatment;
import org.tpiclinic.screening.TestSites;

/** Default rules (as the migration seeds them), a clean patient, and random facts and plans for properties. */
final class Fixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    /** The atlas as shipped: whether a site lies near the thorax is its data. */
    static final Atlas ATLAS = Atlas.fromDataFiles();

    private Fixtures() {
    }

    static RuleSet defaults() {
        var rules = new EnumMap<RuleId, ScreeningRule>(RuleId.class);
        for (var id : RuleId.values()) {
            var severity = switch (id) {
                case ALLERGY_AGENT_CLASS, ALLERGY_PARABEN, ALLERGY_SULFITE, ALLERGY_STEROID, INFECTION,
                        STEROID_IN_PREGNANCY ->
                        RuleSeverity.HARD_STOP;
                case CONSERVATIVE_CARE -> RuleSeverity.INFORMATION;
                default -> RuleSeverity.WARNING;
            };
            Integer threshold = id == RuleId.WEIGHT_CURRENT ? Integer.valueOf(90)
                    : id == RuleId.CONSERVATIVE_CARE ? Integer.valueOf(6) : null;
            rules.put(id, new ScreeningRule(id, severity, threshold, "explains " + id, "source of " + id));
        }
        return new RuleSet(1, Instant.EPOCH, "system", null, "seed", rules);
    }

    /** Every rule at {@code severity}, except the ones that are always hard stops. */
    static RuleSet allAt(RuleSeverity severity) {
        var set = defaults();
        for (var id : RuleId.values()) {
            if (id.fixedHardStop()) {
                continue;
            }
            set = set.change(id, severity, set.rule(id).threshold(), "test", "all " + severity, Instant.EPOCH);
        }
        return set;
    }

    /** A patient with every question answered "no", a fresh weight and 8 weeks of conservative care. */
    static ScreeningFacts clean() {
        return new ScreeningFacts(List.of(), Answer.NO, List.of(), Flag.NO, Flag.NO, Flag.NO, Flag.NO, Flag.NO,
                Flag.NO, Flag.NO, new BigDecimal("72.5"), TODAY.minusDays(10), 8);
    }

    static PlannedTreatment lidocaineAtGluteus() {
        return PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, false, TestSites.right("GLUTEUS_MEDIUS"));
    }

    static ScreeningFacts randomFacts(Random r) {
        var allergies = new ArrayList<KnownAllergy>();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            // null now and then: an allergy nobody has classified yet
            var cls = r.nextInt(6) == 0 ? null : AllergyClass.values()[r.nextInt(AllergyClass.values().length)];
            allergies.add(new KnownAllergy("substance" + r.nextInt(50), cls, r.nextBoolean()));
        }
        var thinners = r.nextInt(4) == 0 ? List.of("Warfarin") : List.<String>of();
        return new ScreeningFacts(allergies, randomAnswer(r), thinners, randomFlag(r), randomFlag(r),
                randomFlag(r), randomFlag(r), randomFlag(r), randomFlag(r), randomFlag(r),
                r.nextInt(5) == 0 ? null : BigDecimal.valueOf(400 + r.nextInt(1200), 1),
                TODAY.minusDays(r.nextInt(200)), r.nextInt(5) == 0 ? null : r.nextInt(20));
    }

    static Flag randomFlag(Random r) {
        return new Flag(r.nextInt(4) == 0, randomAnswer(r));
    }

    static Answer randomAnswer(Random r) {
        return Answer.values()[r.nextInt(Answer.values().length)];
    }

    static PlannedTreatment randomPlan(Random r) {
        var agent = Agent.values()[r.nextInt(Agent.values().length)];
        boolean steroid = agent != Agent.DRY_NEEDLING && r.nextBoolean();
        var all = ATLAS.muscles();
        var sites = new java.util.HashSet<org.tpiclinic.assessment.BodySite>();
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            String muscle = all.get(r.nextInt(all.size())).code();
            switch (r.nextInt(3)) {
                case 0 -> sites.add(TestSites.left(muscle));
                case 1 -> sites.add(TestSites.right(muscle));
                default -> sites.addAll(PlannedTreatment.bothSides(muscle));
            }
        }
        return new PlannedTreatment(agent, steroid, sites);
    }
}
