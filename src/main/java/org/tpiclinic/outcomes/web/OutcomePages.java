package org.tpiclinic.outcomes.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tpiclinic.outcomes.Instrument;
import org.tpiclinic.outcomes.PatientOutcomes;
import org.tpiclinic.outcomes.SessionFacts;
import org.tpiclinic.outcomes.analysis.PainCourse;
import org.tpiclinic.outcomes.analysis.SessionResult;

/** Fills the model of a patient's outcome pages (staff and portal) and of the PDF from one computation. */
@Component
class OutcomePages {

    private final MessageSource messages;
    private final SiteNames names;

    OutcomePages(MessageSource messages, SiteNames names) {
        this.messages = messages;
        this.names = names;
    }

    /** One session's row: what was given where, and what it achieved, in words. */
    record SessionRow(int number, String on, String given, String sites, String pre, String response,
            String change, String status, String relief) {
    }

    void patient(Model model, PatientOutcomes o, String patientName) {
        model.addAttribute("outcomes", o);
        model.addAttribute("patientName", patientName);
        model.addAttribute("chart", chart(o, patientName));
        model.addAttribute("change", change(o.course()));
        model.addAttribute("status", text("outcomes.status." + o.course().status()));
        model.addAttribute("notes", o.course().notes().stream().map(n -> text("outcomes.note." + n)).toList());
        model.addAttribute("sessionRows", sessionRows(o));
        model.addAttribute("instrumentNames", java.util.Map.of(Instrument.PAIN, text("outcomes.instrument.PAIN_NRS"),
                Instrument.FUNCTION, text("outcomes.instrument.PSFS"), Instrument.GLOBAL_CHANGE,
                text("outcomes.instrument.PGIC")));
    }

    String chart(PatientOutcomes o, String patientName) {
        String description = o.course().scores().isEmpty() ? text("outcomes.chart.empty")
                : text("outcomes.chart.desc", o.course().scores().size(), o.sessions().size(), change(o.course()));
        return CourseChart.svg(o, text("outcomes.chart.title", patientName), description, names);
    }

    String change(PainCourse.Summary c) {
        if (c.changePoints() == null) {
            return text("outcomes.change.none");
        }
        String points = signed(c.changePoints());
        return c.changePercent() == null ? text("outcomes.change.points", points)
                : text("outcomes.change.both", points, signed(c.changePercent()));
    }

    List<SessionRow> sessionRows(PatientOutcomes o) {
        var rows = new ArrayList<SessionRow>();
        for (SessionResult r : o.course().sessions()) {
            SessionFacts facts = o.sessions().stream().filter(s -> s.id().equals(r.session())).findFirst().orElse(null);
            String given = facts == null ? "" : facts.agents().isBlank() ? text("outcomes.dryNeedling")
                    : facts.agents() + (facts.steroid() ? " (" + text("outcomes.withSteroid") + ")" : "");
            String sites = facts == null ? "" : String.join(", ", facts.sites().stream().map(names::name).toList());
            String change = r.changePoints() == null ? text("outcomes.note." + r.responseNote())
                    : text("outcomes.change.both", signed(r.changePoints()), signed(r.changePercent()))
                            + " (" + r.responseOn() + ")";
            String status = r.responder() == null ? "—" : r.substantial() ? text("outcomes.status.SUBSTANTIAL")
                    : r.responder() ? text("outcomes.status.RESPONDER") : text("outcomes.status.NOT_RESPONDER");
            String relief = r.reliefDays() == null ? text("outcomes.note." + r.reliefNote())
                    : r.reliefEnded() ? text("outcomes.relief.ended", r.reliefDays())
                            : text("outcomes.relief.ongoing", r.reliefDays());
            rows.add(new SessionRow(r.number(), r.on().toString(), given, sites, plain(r.pre()), plain(r.response()),
                    change, status, relief));
        }
        return rows;
    }

    static String signed(BigDecimal change) {
        // The change is baseline minus now: a fall in pain is shown as a minus, as people read it.
        BigDecimal shown = change.negate().stripTrailingZeros();
        return (shown.signum() > 0 ? "+" : "") + shown.toPlainString();
    }

    static String plain(BigDecimal v) {
        return v == null ? "—" : v.stripTrailingZeros().toPlainString();
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.US);
    }
}
