package org.tpiclinic.billing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.tpiclinic.procedures.Technique;

/**
 * The codes a session is coded with, read from two tab-separated files a practice can replace
 * ({@code tpi.billing.procedure-codes}, {@code tpi.billing.drug-codes}; by default
 * {@code classpath:billing/procedure-codes.tsv} and {@code classpath:billing/drug-codes.tsv}), each row with its
 * source. Lines starting with {@code #} are comments.
 */
@Component
public class CodingTable {

    private final List<ProcedureCode> procedures;
    private final List<DrugCode> drugs;

    CodingTable(@Value("${tpi.billing.procedure-codes:classpath:billing/procedure-codes.tsv}") Resource procedures,
            @Value("${tpi.billing.drug-codes:classpath:billing/drug-codes.tsv}") Resource drugs) {
        this.procedures = rows(procedures).stream().map(CodingTable::procedure).toList();
        this.drugs = rows(drugs).stream().map(CodingTable::drug).toList();
        if (this.procedures.isEmpty()) {
            throw new IllegalStateException("The procedure-code table " + procedures + " has no rows");
        }
    }

    /** The table shipped with the application. */
    public static CodingTable standard() {
        var loader = new DefaultResourceLoader();
        return new CodingTable(loader.getResource("classpath:billing/procedure-codes.tsv"),
                loader.getResource("classpath:billing/drug-codes.tsv"));
    }

    public List<ProcedureCode> procedures() {
        return procedures;
    }

    /** The code for this many distinct muscles treated with this technique, if a row covers it. */
    public Optional<ProcedureCode> procedureFor(Technique technique, int muscles) {
        return procedures.stream().filter(p -> p.fits(technique, muscles)).findFirst();
    }

    public Optional<ProcedureCode> procedure(String code) {
        return procedures.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /** The verified HCPCS code for a formulary agent ({@code TRIAMCINOLONE_40}), if there is one. */
    public Optional<DrugCode> verifiedDrugCode(String agentCode) {
        int cut = agentCode.indexOf('_');
        String ingredient = cut < 0 ? agentCode : agentCode.substring(0, cut);
        return drugs.stream().filter(d -> d.verified() && d.ingredient().equals(ingredient)).findFirst();
    }

    public List<DrugCode> drugs() {
        return drugs;
    }

    private static ProcedureCode procedure(String[] f) {
        need(f, 6);
        return new ProcedureCode(Technique.valueOf(f[0]), Integer.parseInt(f[1]),
                f[2].isBlank() ? null : Integer.valueOf(f[2]), f[3], f[4], f[5]);
    }

    private static DrugCode drug(String[] f) {
        need(f, 5);
        return new DrugCode(f[0], f[1], "VERIFIED".equals(f[2]), f[4]);
    }

    private static void need(String[] fields, int count) {
        if (fields.length < count) {
            throw new IllegalStateException("A coding-table row needs " + count + " tab-separated columns: "
                    + String.join(" | ", fields));
        }
    }

    private static List<String[]> rows(Resource resource) {
        var rows = new ArrayList<String[]>();
        try (var in = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the coding table " + resource, e);
        }
        return rows;
    }
}
