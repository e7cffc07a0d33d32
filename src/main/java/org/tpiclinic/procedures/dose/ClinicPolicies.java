package org.tpiclinic.procedures.dose;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import org.tpiclinic.procedures.DoseCheck.DoseNotice;
import org.tpiclinic.procedures.formulary.ClinicPolicy;
import org.tpiclinic.procedures.formulary.FormularyVersion;
import org.tpiclinic.procedures.formulary.PolicyCode;

/**
 * The clinic policies on repeat sessions, as a pure function of a formulary version, the session being documented
 * and the patient's earlier sessions. Every notice is a warning (never blocking) that a clinician may override with
 * a reason; its source is the policy's. A policy switched off says nothing.
 * <p>
 * "In 12 months" is the rolling window after the same date a year earlier: an earlier session counts when its date
 * is after {@code date − 12 months}. Intervals are whole days between the dates. Earlier sessions dated after the
 * session being documented are ignored.
 */
public final class ClinicPolicies {

    public static final String STEROID_INTERVAL = "POLICY_STEROID_INTERVAL";
    public static final String STEROID_PER_YEAR = "POLICY_STEROID_PER_YEAR";
    public static final String REGION_PER_YEAR = "POLICY_REGION_PER_YEAR";
    public static final String SAME_SITE_INTERVAL = "POLICY_SAME_SITE_INTERVAL";
    public static final String NO_RELIEF = "POLICY_NO_RELIEF";

    private ClinicPolicies() {
    }

    public static List<DoseNotice> check(FormularyVersion formulary, PlannedSession session,
            List<PriorSession> history, NoticeWords words) {
        var earlier = history.stream().filter(p -> !p.date().isAfter(session.date()))
                .sorted(Comparator.comparing(PriorSession::date).reversed()).toList();
        var notices = new ArrayList<DoseNotice>();
        var context = new Context(session, earlier, words);
        on(formulary, PolicyCode.STEROID_MIN_INTERVAL).ifPresent(p -> steroidInterval(p, context, notices));
        on(formulary, PolicyCode.STEROID_MAX_PER_YEAR).ifPresent(p -> steroidPerYear(p, context, notices));
        on(formulary, PolicyCode.REGION_MAX_PER_YEAR).ifPresent(p -> regionPerYear(p, context, notices));
        on(formulary, PolicyCode.SAME_SITE_MIN_INTERVAL).ifPresent(p -> sameSite(p, context, notices));
        on(formulary, PolicyCode.REPEAT_WITHOUT_RELIEF).ifPresent(p -> noRelief(p, context, notices));
        return notices;
    }

    private record Context(PlannedSession session, List<PriorSession> earlier, NoticeWords words) {

        long daysSince(PriorSession prior) {
            return ChronoUnit.DAYS.between(prior.date(), session.date());
        }

        boolean inLastYear(PriorSession prior) {
            return prior.date().isAfter(session.date().minusMonths(12));
        }
    }

    private static Optional<ClinicPolicy> on(FormularyVersion formulary, PolicyCode code) {
        var policy = formulary.policy(code);
        return policy.enabled() ? Optional.of(policy) : Optional.empty();
    }

    private static void steroidInterval(ClinicPolicy policy, Context c, List<DoseNotice> notices) {
        if (!c.session().steroidGiven()) {
            return;
        }
        c.earlier().stream().filter(PriorSession::steroidGiven).findFirst()
                .filter(last -> c.daysSince(last) < policy.number())
                .ifPresent(last -> notices.add(new DoseNotice(STEROID_INTERVAL,
                        c.words().say("dose.policy.STEROID_INTERVAL", c.daysSince(last), date(last.date()),
                                policy.number()), false, policy.source())));
    }

    private static void steroidPerYear(ClinicPolicy policy, Context c, List<DoseNotice> notices) {
        if (!c.session().steroidGiven()) {
            return;
        }
        long count = 1 + c.earlier().stream().filter(p -> p.steroidGiven() && c.inLastYear(p)).count();
        if (count > policy.number()) {
            notices.add(new DoseNotice(STEROID_PER_YEAR,
                    c.words().say("dose.policy.STEROID_PER_YEAR", count, policy.number()), false, policy.source()));
        }
    }

    private static void regionPerYear(ClinicPolicy policy, Context c, List<DoseNotice> notices) {
        for (var region : regions(c.session().sites())) {
            long count = 1 + c.earlier().stream()
                    .filter(p -> c.inLastYear(p) && p.sites().stream().anyMatch(s -> s.region().equals(region)))
                    .count();
            if (count > policy.number()) {
                notices.add(new DoseNotice(REGION_PER_YEAR, c.words().say("dose.policy.REGION_PER_YEAR",
                        c.words().say("atlas.region." + region), count, policy.number()), false, policy.source()));
            }
        }
    }

    private static void sameSite(ClinicPolicy policy, Context c, List<DoseNotice> notices) {
        var seen = new LinkedHashMap<String, PolicySite>();
        c.session().sites().forEach(s -> seen.putIfAbsent(s.site().code(), s));
        for (var site : seen.values()) {
            c.earlier().stream().filter(p -> p.sites().stream().anyMatch(s -> s.site().equals(site.site())))
                    .findFirst().filter(last -> c.daysSince(last) < policy.number())
                    .ifPresent(last -> notices.add(new DoseNotice(SAME_SITE_INTERVAL,
                            c.words().say("dose.policy.SAME_SITE_INTERVAL", site.name(), c.daysSince(last),
                                    date(last.date()), policy.number()), false, policy.source())));
        }
    }

    private static void noRelief(ClinicPolicy policy, Context c, List<DoseNotice> notices) {
        for (var region : regions(c.session().sites())) {
            c.earlier().stream().filter(p -> p.sites().stream().anyMatch(s -> s.region().equals(region)))
                    .findFirst().filter(last -> !last.reliefDocumented())
                    .ifPresent(last -> notices.add(new DoseNotice(NO_RELIEF, c.words().say("dose.policy.NO_RELIEF",
                            c.words().say("atlas.region." + region), date(last.date()), last.reliefEvidence()),
                            false, policy.source())));
        }
    }

    private static List<String> regions(List<PolicySite> sites) {
        return sites.stream().map(PolicySite::region).distinct().toList();
    }

    private static String date(LocalDate date) {
        return date.toString();
    }
}
