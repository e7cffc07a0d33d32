package org.tpiclinic.procedures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tpiclinic.shared.Millilitres;

/**
 * What was drawn up for a session's injections, entered once: one agent, or several with their volumes (lidocaine
 * 1 % 4 mL + triamcinolone 40 mg/mL 1 mL). Each injected site gets a volume of it; {@link #split} says how much of
 * each agent that is, exactly: per agent, the site amounts always add up to the agent's total, and when the sites
 * together receive the whole mixture, each agent's total is its volume as entered, to the last digit.
 */
public record Mixture(List<MixturePart> parts) {

    /** Per-site amounts are kept to 0.0001 mL, far below what a syringe measures. */
    public static final int SCALE = 4;
    private static final BigDecimal UNIT = BigDecimal.ONE.movePointLeft(SCALE);

    public Mixture {
        parts = List.copyOf(parts);
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** The volume drawn up (the parts' volumes added), or zero for a single agent entered without one. */
    public Millilitres total() {
        return new Millilitres(parts.stream().map(p -> p.volumeMl() == null ? BigDecimal.ZERO : p.volumeMl())
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /**
     * The amount of each agent at each site, for volumes {@code siteVolumes} of the mixture (in site order).
     * Each agent's total is its share of the injected volume rounded half-up to {@link #SCALE} decimals; it is
     * divided among the sites by largest remainder, so the site amounts add up to that total exactly.
     */
    public List<List<DoseCheck.AgentVolume>> split(List<Millilitres> siteVolumes) {
        var perSite = new ArrayList<List<DoseCheck.AgentVolume>>();
        siteVolumes.forEach(v -> perSite.add(new ArrayList<>()));
        if (parts.isEmpty()) {
            return perSite;
        }
        if (parts.size() == 1) {
            for (int i = 0; i < siteVolumes.size(); i++) {
                if (siteVolumes.get(i).value().signum() > 0) {
                    perSite.get(i).add(new DoseCheck.AgentVolume(parts.get(0).agentCode(), siteVolumes.get(i)));
                }
            }
            return perSite;
        }
        BigDecimal drawn = total().value();
        if (drawn.signum() == 0) {
            return perSite;
        }
        BigDecimal injected = siteVolumes.stream().map(Millilitres::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        for (MixturePart part : parts) {
            var amounts = shares(part.volumeMl() == null ? BigDecimal.ZERO : part.volumeMl(), drawn, injected, siteVolumes);
            for (int i = 0; i < amounts.size(); i++) {
                if (amounts.get(i).signum() > 0) {
                    perSite.get(i).add(new DoseCheck.AgentVolume(part.agentCode(), new Millilitres(amounts.get(i))));
                }
            }
        }
        return perSite;
    }

    /** Each agent's total over the sites, in mixture order (the sums of {@link #split}). */
    public Map<String, Millilitres> totals(List<Millilitres> siteVolumes) {
        var totals = new LinkedHashMap<String, Millilitres>();
        parts.forEach(p -> totals.put(p.agentCode(), Millilitres.ZERO));
        split(siteVolumes).forEach(site -> site.forEach(a -> totals.merge(a.agentCode(), a.volume(),
                Millilitres::plus)));
        return totals;
    }

    private static List<BigDecimal> shares(BigDecimal part, BigDecimal drawn, BigDecimal injected,
            List<Millilitres> siteVolumes) {
        BigDecimal total = part.multiply(injected).divide(drawn, SCALE, RoundingMode.HALF_UP);
        var floors = new ArrayList<BigDecimal>();
        var remainders = new ArrayList<BigDecimal>();
        BigDecimal given = BigDecimal.ZERO;
        for (Millilitres site : siteVolumes) {
            BigDecimal exact = part.multiply(site.value());
            BigDecimal floor = exact.divide(drawn, SCALE, RoundingMode.FLOOR);
            floors.add(floor);
            remainders.add(exact.subtract(floor.multiply(drawn)));
            given = given.add(floor);
        }
        int units = total.subtract(given).divide(UNIT).intValueExact();
        var order = new ArrayList<Integer>();
        for (int i = 0; i < siteVolumes.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i));
        for (int k = 0; k < units; k++) {
            int i = order.get(k);
            floors.set(i, floors.get(i).add(UNIT));
        }
        return floors;
    }
}
