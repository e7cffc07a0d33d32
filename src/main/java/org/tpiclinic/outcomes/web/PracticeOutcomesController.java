package org.tpiclinic.outcomes.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.outcomes.PracticeFilter;
import org.tpiclinic.outcomes.PracticeOutcomes;

/**
 * {@code /outcomes}: the practice's own evidence for clinicians and admins, with filters, the Kaplan-Meier curve
 * as SVG with a table, breakdowns, and a CSV of the same numbers. A filter value that is not understood is
 * named beside its field (400) and the report is not run.
 */
@Controller
class PracticeOutcomesController {

    private final PracticeOutcomes practice;
    private final PracticePage page;

    PracticeOutcomesController(PracticeOutcomes practice, PracticePage page) {
        this.practice = practice;
        this.page = page;
    }

    /** The filter as typed, kept to show the form again. */
    record FilterForm(String region, String muscle, String technique, String steroid, String clinician,
            String location, String from, String to) {
    }

    @GetMapping("/outcomes")
    String report(FilterForm form, @AuthenticationPrincipal ClinicUser me, Model model,
            HttpServletResponse response) {
        var problems = new LinkedHashMap<String, String>();
        var filter = parse(form, problems);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        if (!PracticeOutcomes.mayRead(me.current())) {
            practice.report(me.current(), PracticeFilter.none()); // refuses and audits
        }
        model.addAttribute("choices", page.filterChoices(practice.choices()));
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "outcomes/practice";
        }
        page.fill(model, practice.report(me.current(), filter));
        return "outcomes/practice";
    }

    @GetMapping("/outcomes.csv")
    ResponseEntity<byte[]> csv(FilterForm form, @AuthenticationPrincipal ClinicUser me) {
        if (!PracticeOutcomes.mayRead(me.current())) {
            practice.export(me.current(), PracticeFilter.none()); // refuses and audits, before the filter is read
        }
        var problems = new LinkedHashMap<String, String>();
        var filter = parse(form, problems);
        if (!problems.isEmpty()) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
                    .body(String.join("\n", problems.values()).getBytes(StandardCharsets.UTF_8));
        }
        var report = practice.export(me.current(), filter);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("practice-outcomes.csv").build().toString())
                .body(page.csv(report).getBytes(StandardCharsets.UTF_8));
    }

    static PracticeFilter parse(FilterForm f, Map<String, String> problems) {
        String technique = blank(f.technique());
        if (technique != null && !technique.equals("INJECTATE") && !technique.equals("DRY_NEEDLING")) {
            problems.put("technique", "Choose injectate or dry needling.");
        }
        String steroid = blank(f.steroid());
        if (steroid != null && !steroid.equals("YES") && !steroid.equals("NO")) {
            problems.put("steroid", "Choose with or without a steroid.");
        }
        String code = "[A-Z][A-Z0-9_]{0,39}";
        String region = blank(f.region());
        if (region != null && !region.matches(code)) {
            problems.put("region", "Choose a region from the list.");
        }
        String muscle = blank(f.muscle());
        if (muscle != null && !muscle.matches(code)) {
            problems.put("muscle", "Choose a muscle from the list.");
        }
        UUID clinician = uuid(f.clinician(), "clinician", problems);
        UUID location = uuid(f.location(), "location", problems);
        LocalDate from = date(f.from(), "from", problems);
        LocalDate to = date(f.to(), "to", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.put("to", "The end of the range is before its start.");
        }
        return new PracticeFilter(region, muscle, technique, steroid == null ? null : steroid.equals("YES"),
                clinician, location, from, to);
    }

    private static UUID uuid(String text, String field, Map<String, String> problems) {
        String value = blank(text);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            problems.put(field, "Choose from the list.");
            return null;
        }
    }

    private static LocalDate date(String text, String field, Map<String, String> problems) {
        String value = blank(text);
        if (value == null) {
            return null;
        }
        try {
            var date = LocalDate.parse(value);
            if (date.getYear() < 1900 || date.getYear() > 2200) {
                problems.put(field, "Enter a date between 1900 and 2200.");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.put(field, "Enter the date as year-month-day, for example 2026-12-03.");
            return null;
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
