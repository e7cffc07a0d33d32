package org.tpiclinic.billing;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.audit.AuditLog;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.scheduling.SchedulingDirectory;
import org.tpiclinic.shared.PdfDocuments;
import org.tpiclinic.site.PracticeSettings;

/**
 * A superbill per visit (one signed session) as a PDF: the practice, the patient, date and place of service, the
 * rendering clinician, the procedure lines with our short descriptions, the diagnoses in order with their letters,
 * the drugs given, and the claim's state. Printing it is audited.
 */
@Service
public class Superbills {

    private static final String FONT = PdfDocuments.FONT;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private final BillingQueue queue;
    private final PatientRegistry patients;
    private final SchedulingDirectory directory;
    private final PracticeSettings practice;
    private final MessageSource messages;
    private final AuditLog audit;

    Superbills(BillingQueue queue, PatientRegistry patients, SchedulingDirectory directory, PracticeSettings practice,
            MessageSource messages, AuditLog audit) {
        this.audit = audit;
        this.queue = queue;
        this.patients = patients;
        this.directory = directory;
        this.practice = practice;
        this.messages = messages;
    }

    @Transactional
    public byte[] render(CurrentUser actor, UUID sessionId) {
        var claim = queue.claim(actor, sessionId);
        var patient = patients.chart(actor, claim.patientId()).patient();
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en-US\"><head><meta charset=\"utf-8\"/><title>")
                .append(esc(text("billing.superbill.title", patient.displayName()))).append("</title><meta name=\"subject\" content=\"")
                .append(esc(text("billing.superbill.subject"))).append("\"/><meta name=\"author\" content=\"")
                .append(esc(practice.name())).append("\"/><style>")
                .append(css()).append("</style></head><body>");
        html.append("<div class=\"letterhead\"><p class=\"practice\">").append(esc(practice.name())).append("</p><p>")
                .append(esc(practice.address())).append(" · ").append(esc(practice.phone())).append("</p></div>");
        html.append("<h1>").append(esc(text("billing.superbill.heading"))).append("</h1>");
        line(html, "billing.superbill.patient", patient.givenName() + " " + patient.familyName());
        line(html, "billing.superbill.dateOfBirth", DATE.format(patient.dateOfBirth()));
        line(html, "billing.superbill.mrn", patient.mrn());
        line(html, "billing.superbill.dateOfService", DATE.format(claim.performedOn()));
        line(html, "billing.superbill.clinician", directory.clinicians().stream()
                .filter(c -> c.id().equals(claim.clinicianId())).map(c -> c.name()).findFirst()
                .orElse(claim.clinicianId().toString()));
        if (claim.locationId() != null) {
            line(html, "billing.superbill.location", directory.locations().stream()
                    .filter(l -> l.id().equals(claim.locationId())).map(l -> l.name()).findFirst()
                    .orElse(claim.locationId().toString()));
        }
        line(html, "billing.superbill.status", text("billing.status." + claim.status().name()));
        html.append("<h2>").append(esc(text("billing.superbill.procedures"))).append("</h2><table><thead><tr><th>")
                .append(esc(text("billing.col.code"))).append("</th><th>").append(esc(text("billing.col.description")))
                .append("</th><th>").append(esc(text("billing.col.units"))).append("</th><th>")
                .append(esc(text("billing.col.pointer"))).append("</th></tr></thead><tbody>");
        String pointer = "ABCD".substring(0, Math.min(4, claim.diagnoses().size()));
        for (var p : claim.procedures()) {
            html.append("<tr><td>").append(esc(p.code())).append("</td><td>").append(esc(p.description()))
                    .append("</td><td>1</td><td>").append(pointer).append("</td></tr>");
        }
        html.append("</tbody></table><h2>").append(esc(text("billing.superbill.diagnoses"))).append("</h2><ol type=\"A\">");
        claim.diagnoses().forEach(d -> html.append("<li>").append(esc(d)).append("</li>"));
        html.append("</ol>");
        if (!claim.drugs().isEmpty()) {
            html.append("<h2>").append(esc(text("billing.superbill.drugs"))).append("</h2><ul>");
            claim.drugs().forEach(d -> html.append("<li>").append(esc(text("billing.superbill.drug", d.name(),
                    d.amountMg().stripTrailingZeros().toPlainString(), d.volumeMl().stripTrailingZeros()
                            .toPlainString(), d.hcpcs() == null ? text("billing.superbill.noHcpcs") : d.hcpcs())))
                    .append("</li>"));
            html.append("</ul>");
        }
        line(html, "billing.superbill.reference", claim.sessionId());
        audit.record(actor, claim.patientId(), AuditAction.PRINT, "superbill " + sessionId);
        return pdf(html.append("</body></html>").toString());
    }

    private static String css() {
        return "@page{size:letter;margin:18mm 20mm}body{font-family:'" + FONT + "';font-size:10.5pt}"
                + "h1{font-size:16pt;margin:0 0 6pt}h2{font-size:12pt;margin:12pt 0 3pt}p{margin:0 0 4pt}"
                + "table{border-collapse:collapse;width:100%}th,td{border:0.5pt solid #888;padding:3pt;text-align:left}"
                + ".letterhead{border-bottom:1.5pt solid #1f4e79;margin-bottom:10pt}.letterhead p{margin:0}"
                + ".practice{font-size:15pt;font-weight:bold;color:#1f4e79}";
    }

    private void line(StringBuilder html, String key, Object... args) {
        html.append("<p>").append(esc(text(key, args))).append("</p>");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.ENGLISH);
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscapeDecimal(s == null ? "" : s);
    }

    private static byte[] pdf(String html) {
        return PdfDocuments.render(html);
    }

}
