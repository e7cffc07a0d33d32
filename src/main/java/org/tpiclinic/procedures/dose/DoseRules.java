package org.tpiclinic.procedures.dose;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.tpiclinic.procedures.DoseCheck.AgentTotal;
import org.tpiclinic.procedures.DoseCheck.AgentVolume;
import org.tpiclinic.procedures.DoseCheck.DoseNotice;
import org.tpiclinic.procedures.DoseCheck.DoseReport;
import org.tpiclinic.procedures.formulary.FormularyAgent;
import org.tpiclinic.procedures.formulary.FormularyVersion;
import org.tpiclinic.shared.Kilograms;
import org.tpiclinic.shared.Milligrams;
import org.tpiclinic.shared.Millilitres;

/**
 * The dose arithmetic, as a pure function of a formulary version, a weight and the volumes given. Every decision
 * (near the limit, over it) compares exact decimals or exact fractions; shares are turned into decimals only to
 * report and show them.
 * <p>
 * Rules: each agent's total in mL and mg ({@code mg = mg/mL × mL}); this patient's maximum is
 * {@code min(mg/kg × weight, absolute cap)}; a warning from the version's warning share (80 % by default), a block
 * above 100 %. Local anesthetics together: the sum of each one's fraction of its maximum, warned and blocked the
 * same way when more than one is given. Bupivacaine with another local anesthetic: a warning. No weight while an
 * agent with a limit is given: blocked, nothing computed. An agent the formulary does not know: blocked.
 */
public final class DoseRules {

    public static final String NEAR_LIMIT = "DOSE_NEAR_LIMIT";
    public static final String OVER_LIMIT = "DOSE_OVER_LIMIT";
    public static final String COMBINED_NEAR_LIMIT = "COMBINED_NEAR_LIMIT";
    public static final String COMBINED_OVER_LIMIT = "COMBINED_OVER_LIMIT";
    public static final String NO_WEIGHT = "NO_WEIGHT";
    public static final String BUPIVACAINE_MIXED = "BUPIVACAINE_MIXED";
    public static final String UNKNOWN_AGENT = "UNKNOWN_AGENT";

    private static final String BUPIVACAINE = "Bupivacaine";

    private DoseRules() {
    }

    public static DoseReport evaluate(FormularyVersion formulary, Optional<Kilograms> weight,
            List<AgentVolume> volumes, NoticeWords words) {
        var notices = new ArrayList<DoseNotice>();
        var byAgent = sum(volumes);
        for (var code : byAgent.keySet()) {
            if (formulary.agent(code).isEmpty()) {
                notices.add(new DoseNotice(UNKNOWN_AGENT, words.say("dose.notice.UNKNOWN_AGENT", code), true,
                        words.say("dose.source.UNKNOWN_AGENT")));
            }
        }
        var given = new ArrayList<FormularyAgent>();
        for (var agent : formulary.agents()) {
            if (byAgent.containsKey(agent.code())) {
                given.add(agent);
            }
        }
        boolean computable = weight.isPresent() || given.stream().noneMatch(a -> a.limit().limited());
        if (!computable) {
            notices.add(new DoseNotice(NO_WEIGHT, words.say("dose.notice.NO_WEIGHT"), true, sources(given)));
        }
        var totals = new ArrayList<AgentTotal>(given.size());
        var combined = Fraction.ZERO;
        int anestheticsWithMaximum = 0;
        for (var agent : given) {
            var volume = byAgent.get(agent.code());
            var amount = agent.concentration().in(volume);
            Optional<Milligrams> maximum = computable ? agent.limit().maximumFor(weight) : Optional.empty();
            Optional<BigDecimal> share = Optional.empty();
            if (maximum.isPresent()) {
                var fraction = new Fraction(amount.value(), maximum.get().value());
                share = Optional.of(fraction.approximate());
                limitNotice(agent, amount, maximum.get(), fraction, formulary, words).ifPresent(notices::add);
                if (agent.localAnesthetic()) {
                    combined = combined.plus(fraction);
                    anestheticsWithMaximum++;
                }
            }
            totals.add(new AgentTotal(agent.code(), agent.name(), volume, amount, maximum, share));
        }
        if (anestheticsWithMaximum > 1) {
            combinedNotice(combined, formulary, words).ifPresent(notices::add);
        }
        if (mixesBupivacaine(given, byAgent)) {
            notices.add(new DoseNotice(BUPIVACAINE_MIXED, words.say("dose.notice.BUPIVACAINE_MIXED"), false,
                    words.say("dose.source.BUPIVACAINE_MIXED")));
        }
        Optional<BigDecimal> combinedShare = computable && weight.isPresent()
                ? Optional.of(combined.approximate()) : Optional.empty();
        return new DoseReport(formulary.version(), totals, combinedShare, notices);
    }

    private static Map<String, Millilitres> sum(List<AgentVolume> volumes) {
        var byAgent = new HashMap<String, Millilitres>();
        for (var volume : volumes) {
            byAgent.merge(volume.agentCode(), volume.volume(), Millilitres::plus);
        }
        return byAgent;
    }

    private static Optional<DoseNotice> limitNotice(FormularyAgent agent, Milligrams amount, Milligrams maximum,
            Fraction fraction, FormularyVersion formulary, NoticeWords words) {
        if (fraction.compareTo(BigDecimal.ONE) > 0) {
            return Optional.of(new DoseNotice(OVER_LIMIT, words.say("dose.notice.DOSE_OVER_LIMIT", agent.name(),
                    show(amount), show(maximum), percent(fraction)), true, agent.limit().source()));
        }
        if (fraction.compareTo(formulary.warnShare()) >= 0) {
            return Optional.of(new DoseNotice(NEAR_LIMIT, words.say("dose.notice.DOSE_NEAR_LIMIT", agent.name(),
                    show(amount), show(maximum), percent(fraction), percent(formulary.warnShare())), false,
                    agent.limit().source() + " " + formulary.warnShareSource()));
        }
        return Optional.empty();
    }

    private static Optional<DoseNotice> combinedNotice(Fraction combined, FormularyVersion formulary,
            NoticeWords words) {
        var source = words.say("dose.source.COMBINED");
        if (combined.compareTo(BigDecimal.ONE) > 0) {
            return Optional.of(new DoseNotice(COMBINED_OVER_LIMIT,
                    words.say("dose.notice.COMBINED_OVER_LIMIT", percent(combined)), true, source));
        }
        if (combined.compareTo(formulary.warnShare()) >= 0) {
            return Optional.of(new DoseNotice(COMBINED_NEAR_LIMIT, words.say("dose.notice.COMBINED_NEAR_LIMIT",
                    percent(combined), percent(formulary.warnShare())), false,
                    source + " " + formulary.warnShareSource()));
        }
        return Optional.empty();
    }

    private static boolean mixesBupivacaine(List<FormularyAgent> given, Map<String, Millilitres> byAgent) {
        var anesthetics = new LinkedHashSet<String>();
        for (var agent : given) {
            if (agent.localAnesthetic() && byAgent.get(agent.code()).value().signum() > 0) {
                anesthetics.add(agent.substanceName().orElse(agent.code()));
            }
        }
        return anesthetics.size() > 1 && anesthetics.contains(BUPIVACAINE);
    }

    private static String sources(List<FormularyAgent> given) {
        return given.stream().filter(a -> a.limit().limited()).map(a -> a.limit().source()).distinct()
                .collect(Collectors.joining(" "));
    }

    /** An amount for people: at most two decimals, rounded half up. */
    static String show(Milligrams amount) {
        return amount.value().setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " mg";
    }

    /**
     * A share as a percentage with one decimal, rounded away from 100 %: a share just under the limit never reads
     * as 100 %, one just over it never as 100 % either.
     */
    static String percent(Fraction fraction) {
        var rounding = fraction.compareTo(BigDecimal.ONE) > 0 ? RoundingMode.UP : RoundingMode.DOWN;
        return fraction.numerator().multiply(BigDecimal.valueOf(100))
                .divide(fraction.denominator(), 1, rounding).stripTrailingZeros().toPlainString() + " %";
    }

    static String percent(BigDecimal share) {
        return percent(new Fraction(share, BigDecimal.ONE));
    }
}
