package org.tpiclinic.billing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.tpiclinic.billing.Coding.DrugLine;
import org.tpiclinic.billing.Coding.ProcedureLine;
import org.tpiclinic.billing.Coding.ReviewReason;
import org.tpiclinic.billing.Coding.ReviewReason.Kind;
import org.tpiclinic.procedures.InjectionSessionSigned;
import org.tpiclinic.procedures.Technique;

/**
 * The coding rules (decision 32), pure: for each technique, one procedure code per session chosen by the number
 * of distinct muscles treated that way, a muscle's left and right side counting as two and repeated points in one
 * muscle counting once; the diagnoses in the order the clinician gave them; one drug line per agent. A session that
 * treats one muscle both ways, has no diagnosis, no treated site, or a diagnosis that is not shaped like an
 * ICD-10-CM code is coded as far as possible and waits for review with the reasons.
 */
public final class ClaimCoder {

    /** A letter, two characters, then optionally a dot and one to four more (M79.18, G44.209, M54.2). */
    static final Pattern ICD10CM = Pattern.compile("[A-TV-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");

    private final CodingTable table;

    public ClaimCoder(CodingTable table) {
        this.table = table;
    }

    public Coding code(InjectionSessionSigned session) {
        var reviews = new ArrayList<ReviewReason>();
        Map<Technique, Set<String>> sites = new LinkedHashMap<>();
        for (var treated : session.sites()) {
            sites.computeIfAbsent(treated.technique(), t -> new LinkedHashSet<>()).add(treated.site().code());
        }
        var procedures = new ArrayList<ProcedureLine>();
        for (Technique technique : Technique.values()) {
            var counted = sites.getOrDefault(technique, Set.of());
            if (counted.isEmpty()) {
                continue;
            }
            table.procedureFor(technique, counted.size()).ifPresentOrElse(
                    p -> procedures.add(new ProcedureLine(p.code(), p.description(), List.copyOf(counted))),
                    () -> reviews.add(new ReviewReason(Kind.NO_CODE_FOR_COUNT, technique + " " + counted.size())));
        }
        if (session.sites().isEmpty()) {
            reviews.add(new ReviewReason(Kind.NO_TREATED_SITE, ""));
        }
        var both = new LinkedHashSet<>(sites.getOrDefault(Technique.INJECTION, Set.of()));
        both.retainAll(sites.getOrDefault(Technique.DRY_NEEDLING, Set.of()));
        if (!both.isEmpty()) {
            reviews.add(new ReviewReason(Kind.SAME_MUSCLE_BOTH_TECHNIQUES, String.join(", ", both)));
        }
        var diagnoses = session.diagnoses().stream().map(String::strip).filter(d -> !d.isEmpty()).distinct().toList();
        if (diagnoses.isEmpty()) {
            reviews.add(new ReviewReason(Kind.NO_DIAGNOSIS, ""));
        }
        var malformed = diagnoses.stream().filter(d -> !ICD10CM.matcher(d).matches()).toList();
        if (!malformed.isEmpty()) {
            reviews.add(new ReviewReason(Kind.MALFORMED_DIAGNOSIS, String.join(", ", malformed)));
        }
        var drugs = session.agents().stream().map(a -> new DrugLine(a.agentCode(), a.name(), a.volume().value(),
                a.amount().value(), table.verifiedDrugCode(a.agentCode()).map(DrugCode::hcpcs).orElse(null)))
                .toList();
        return new Coding(procedures, diagnoses, drugs, reviews);
    }

    /** Whether a text has the shape of an ICD-10-CM code (not whether the code exists or is billable). */
    public static boolean looksLikeIcd10Cm(String code) {
        return ICD10CM.matcher(code).matches();
    }
}
