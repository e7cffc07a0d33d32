package org.tpiclinic.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The referred-pain atlas: muscles most often treated with trigger point injections, where their trigger points
 * lie and where they commonly refer pain, each with its source. Read at start from the versioned data file
 * {@code assessment/atlas.csv}; every zone it names must exist on the {@link BodyChart}, or the application
 * does not start.
 */
@Component
public class Atlas {

    /**
     * A muscle's zones resolved for one side: where its trigger points lie, where it usually refers pain
     * (primary) and where the pain sometimes spreads (spillover). Zone codes, in data-file order, no repeats.
     */
    public record Pattern(BodySite site, AtlasMuscle muscle, Set<String> triggerZones, Set<String> primaryZones,
            Set<String> spilloverZones) {
    }

    private final String version;
    private final Map<String, AtlasMuscle> muscles;
    private final Map<BodySite, Pattern> patterns;

    @Autowired
    Atlas(BodyChart chart) {
        this(chart, DataFile.read("assessment/atlas.csv"));
    }

    Atlas(BodyChart chart, DataFile file) {
        this.version = file.version();
        var byCode = new LinkedHashMap<String, AtlasMuscle>();
        for (String[] row : file.rows()) {
            var muscle = muscle(file, row);
            if (muscle.triggerZones().isEmpty()) {
                throw new IllegalStateException(file.name() + ": " + muscle.code() + " has no trigger-point zone");
            }
            if (byCode.putIfAbsent(muscle.code(), muscle) != null) {
                throw new IllegalStateException(file.name() + ": " + muscle.code() + " appears twice");
            }
        }
        this.muscles = Collections.unmodifiableMap(byCode);
        var resolved = new LinkedHashMap<BodySite, Pattern>();
        for (AtlasMuscle muscle : byCode.values()) {
            for (Side side : Side.values()) {
                var site = new BodySite(muscle.code(), side);
                resolved.put(site, new Pattern(site, muscle, resolve(chart, muscle.triggerZones(), side),
                        resolve(chart, muscle.primaryZones(), side), resolve(chart, muscle.spilloverZones(), side)));
            }
        }
        this.patterns = Collections.unmodifiableMap(resolved);
    }

    private static AtlasMuscle muscle(DataFile file, String[] row) {
        String nearThorax = file.cell(row, "near_thorax");
        if (!"yes".equals(nearThorax) && !"no".equals(nearThorax)) {
            throw new IllegalStateException(file.name() + ": " + row[0] + " near_thorax must be yes or no");
        }
        String nearThoraxSource = file.cell(row, "near_thorax_source");
        if (nearThoraxSource.isBlank()) {
            throw new IllegalStateException(file.name() + ": " + row[0] + " has no source for near_thorax");
        }
        String snomed = file.cell(row, "snomed");
        return new AtlasMuscle(file.cell(row, "code"), file.cell(row, "name"), file.cell(row, "region"),
                snomed.isBlank() ? null : snomed, "yes".equals(nearThorax),
                DataFile.words(file.cell(row, "trigger_zones")), DataFile.words(file.cell(row, "primary_zones")),
                DataFile.words(file.cell(row, "spillover_zones")), file.cell(row, "pattern"),
                file.cell(row, "source"), nearThoraxSource);
    }

    /**
     * The atlas and chart as shipped in this application's data files, for code that runs without the
     * application context (tests, benchmarks, tools); the application itself injects the {@link Atlas} bean.
     */
    public static Atlas fromDataFiles() {
        return new Atlas(new BodyChart());
    }

    private static Set<String> resolve(BodyChart chart, List<String> bases, Side side) {
        var codes = new LinkedHashSet<String>();
        bases.forEach(base -> codes.add(chart.resolve(base, side).code()));
        return Collections.unmodifiableSet(codes);
    }

    public String version() {
        return version;
    }

    public List<AtlasMuscle> muscles() {
        return List.copyOf(muscles.values());
    }

    public Optional<AtlasMuscle> muscle(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(muscles.get(code));
    }

    /** Every muscle on each side: the one list of body sites, left before right, in atlas order. */
    public List<BodySite> sites() {
        return List.copyOf(patterns.keySet());
    }

    /** The muscles grouped by body region ({@code NECK}, {@code HEAD}, …), regions and muscles in atlas order. */
    public Map<String, List<AtlasMuscle>> byRegion() {
        var regions = new LinkedHashMap<String, List<AtlasMuscle>>();
        muscles.values().forEach(m -> regions.computeIfAbsent(m.region(), r -> new ArrayList<>()).add(m));
        regions.replaceAll((region, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(regions);
    }

    /**
     * Whether needling this site risks the lung (pneumothorax): the atlas's {@code near_thorax} column, with its
     * source in {@link AtlasMuscle#nearThoraxSource()}. An unknown muscle counts as near the thorax, the cautious
     * answer.
     */
    public boolean nearThorax(BodySite site) {
        return muscle(site.muscle()).map(AtlasMuscle::nearThorax).orElse(true);
    }

    /** The site with the given code ({@code UPPER_TRAPEZIUS_L}), if the atlas has it. */
    public Optional<BodySite> site(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Side side : Side.values()) {
            String suffix = "_" + side.suffix();
            if (code.endsWith(suffix)) {
                return muscle(code.substring(0, code.length() - suffix.length()))
                        .map(m -> new BodySite(m.code(), side));
            }
        }
        return Optional.empty();
    }

    public Pattern pattern(BodySite site) {
        Pattern pattern = patterns.get(site);
        if (pattern == null) {
            throw new IllegalArgumentException("The atlas has no muscle " + site.muscle());
        }
        return pattern;
    }

    List<Pattern> patterns() {
        return new ArrayList<>(patterns.values());
    }
}
