package org.tpiclinic.procedures.web;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.tpiclinic.shared.PdfDocuments;
import org.tpiclinic.assessment.Assessments;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.procedures.InjectionSession;
import org.tpiclinic.procedures.Injectate;
import org.tpiclinic.procedures.SessionSite;
import org.tpiclinic.procedures.Technique;
import org.tpiclinic.procedures.Vocabulary;
import org.tpiclinic.screening.Consents;
import org.tpiclinic.screening.Screening;
import org.tpiclinic.site.PracticeSettings;

/**
 * The procedure note as a payer auditor reads it, on the page and as a PDF (openhtmltopdf, tagged, fonts
 * embedded): the patient, indication and findings, the screening decision with each accepted warning, the consent,
 * the injected points on the body chart (numbered as in the table), each site with its agents and volumes, the totals against the limit, complications, pain
 * before and after, the signature and the addenda in order. Both are built from the same model and fragment.
 */
@Component
class NotePdf {

    static final String FONT = PdfDocuments.FONT;

    private final SessionPages pages;
    private final Assessments assessments;
    private final Screening screening;
    private final Consents consents;
    private final Vocabulary vocabulary;
    private final Rendering rendering;

    /** What renders the note: the template engine, the practice (letterhead, time zone) and the body chart. */
    @Component
    static class Rendering {
        final ITemplateEngine templates;
        final PracticeSettings practice;
        final InjectedPointsChart chart;

        Rendering(ITemplateEngine templates, PracticeSettings practice, InjectedPointsChart chart) {
            this.templates = templates;
            this.practice = practice;
            this.chart = chart;
        }
    }

    NotePdf(SessionPages pages, Assessments assessments, Screening screening, Consents consents, Vocabulary vocabulary,
            Rendering rendering) {
        this.pages = pages;
        this.assessments = assessments;
        this.screening = screening;
        this.consents = consents;
        this.vocabulary = vocabulary;
        this.rendering = rendering;
    }

    /** One row of the sites table: the agents given there, split from the mixture exactly. */
    public record SiteRow(int number, String code, String name, String technique, String needle, boolean twitch,
            String volume, List<String> agents) {
    }

    void model(Model model, CurrentUser actor, InjectionSession session) {
        var patientId = session.patientId().value();
        model.addAttribute("patient", pages.patient(actor, session));
        model.addAttribute("procedure", session);
        model.addAttribute("vocabulary", vocabulary);
        model.addAttribute("practice", rendering.practice);
        model.addAttribute("times", DateTimeFormatter.ofPattern("MMMM d, yyyy, h:mm a zzz", Locale.US)
                .withZone(rendering.practice.zone()));
        model.addAttribute("rows", rows(session));
        model.addAttribute("pointsChart", session.sites().isEmpty() ? null : rendering.chart.svg(session));
        var findings = assessments.findings(actor, patientId).stream()
                .filter(f -> !f.visitDate().isAfter(session.performedOn())).toList();
        if (!findings.isEmpty()) {
            var visit = findings.get(0).visitDate();
            findings = findings.stream().filter(f -> f.visitDate().equals(visit)).toList();
        }
        model.addAttribute("findings", findings);
        model.addAttribute("review", screening.latestReview(actor, patientId)
                .filter(r -> !session.signed() || r.reviewId().equals(session.screeningReviewId())).orElse(null));
        model.addAttribute("consent", consents.latestValidConsent(actor, patientId)
                .filter(c -> !session.signed() || c.consentId().equals(session.consentId())).orElse(null));
        if (!session.signed()) {
            pages.live(model, actor, session);
        }
    }

    byte[] render(CurrentUser actor, InjectionSession session) {
        var model = new ExtendedModelMap();
        model(model, actor, session);
        var context = new Context(Locale.ENGLISH, Map.copyOf(model));
        String html = rendering.templates.process("procedures/note-pdf", context);
        // The chart is SVG, which only the Batik drawer paints; that drawer and PDF/UA tagging do not go together.
        return PdfDocuments.renderWithPictures(html);
    }

    private List<SiteRow> rows(InjectionSession session) {
        var split = session.mixture().split(session.siteVolumes());
        var rows = new ArrayList<SiteRow>();
        for (int i = 0; i < session.sites().size(); i++) {
            SessionSite s = session.sites().get(i);
            var agents = split.get(i).stream().map(a -> vocabulary.agentName(a.agentCode()) + ": " + a.volume()
                    + milligrams(a.agentCode(), a.volume().value())).toList();
            rows.add(new SiteRow(i + 1, s.siteCode(), vocabulary.siteName(s.siteCode()),
                    s.technique() == Technique.INJECTION ? "Injection" : "Dry needling",
                    (s.needleGauge() == null ? "?" : s.needleGauge() + " G") + " × "
                            + (s.needleLengthMm() == null ? "?" : s.needleLengthMm() + " mm"),
                    s.twitch(), s.volumeMl() == null ? "" : s.volumeMl().stripTrailingZeros().toPlainString() + " mL",
                    s.technique() == Technique.DRY_NEEDLING ? List.of("No injectate") : agents));
        }
        return rows;
    }

    private String milligrams(String agentCode, BigDecimal ml) {
        return vocabulary.agents().stream().filter(a -> a.code().equals(agentCode)).findFirst()
                .map(Injectate::concentration).filter(c -> c.milligramsPerMillilitre().signum() > 0)
                .map(c -> " (" + c.in(new org.tpiclinic.shared.Millilitres(ml)) + ")").orElse("");
    }

}
