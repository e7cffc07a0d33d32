package org.tpiclinic.audit.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.audit.AuditChain;
import org.tpiclinic.audit.AuditEntry;
import org.tpiclinic.audit.AuditLog;
import org.tpiclinic.audit.AuditQueries;
import org.tpiclinic.audit.ChainWatch;
import org.tpiclinic.identity.ClinicUser;

/** Admin: search, sort, export and check the audit log. */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    private static final int PAGE_SIZE = 50;

    private final AuditQueries queries;
    private final AuditLog log;
    private final AuditChain chain;
    private final ChainWatch watch;

    AuditController(AuditQueries queries, AuditLog log, AuditChain chain, ChainWatch watch) {
        this.queries = queries;
        this.log = log;
        this.chain = chain;
        this.watch = watch;
    }

    /**
     * The filter as typed; a value that does not parse is shown as an error beside its field. A bean, so that
     * the fields that did parse are kept and shown again.
     */
    public static class AuditFilterForm {

        private UUID patient;
        private String user;
        private AuditAction action;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate from;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate to;
        private String sort;
        private String dir;

        AuditQueries.Filter toFilter() {
            return new AuditQueries.Filter(patient, user, action, from, to, sort, "asc".equals(dir));
        }

        public UUID getPatient() {
            return patient;
        }

        public void setPatient(UUID patient) {
            this.patient = patient;
        }

        public String getUser() {
            return user;
        }

        public void setUser(String user) {
            this.user = user;
        }

        public AuditAction getAction() {
            return action;
        }

        public void setAction(AuditAction action) {
            this.action = action;
        }

        public LocalDate getFrom() {
            return from;
        }

        public void setFrom(LocalDate from) {
            this.from = from;
        }

        public LocalDate getTo() {
            return to;
        }

        public void setTo(LocalDate to) {
            this.to = to;
        }

        public String getSort() {
            return sort;
        }

        public void setSort(String sort) {
            this.sort = sort;
        }

        public String getDir() {
            return dir;
        }

        public void setDir(String dir) {
            this.dir = dir;
        }
    }

    @GetMapping
    String list(@ModelAttribute("filter") AuditFilterForm form, BindingResult errors,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page, Model model) {
        model.addAttribute("actions", AuditAction.values());
        if (errors.hasErrors()) {
            model.addAttribute("entries", List.of());
            model.addAttribute("total", 0L);
            return "audit/list";
        }
        var filter = form.toFilter();
        int safePage = Math.max(page, 0);
        model.addAttribute("entries", queries.find(filter, safePage * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("total", queries.count(filter));
        model.addAttribute("page", safePage);
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("sortLinks", sortLinks(form));
        model.addAttribute("exportLink", link(form, "/admin/audit/export", form.getSort(), form.getDir(), 0));
        model.addAttribute("prevLink", safePage > 0 ? link(form, "/admin/audit", form.getSort(), form.getDir(), safePage - 1) : null);
        model.addAttribute("nextLink", (safePage + 1L) * PAGE_SIZE < queries.count(filter)
                ? link(form, "/admin/audit", form.getSort(), form.getDir(), safePage + 1) : null);
        return "audit/list";
    }

    private static Map<String, String> sortLinks(AuditFilterForm form) {
        var links = new LinkedHashMap<String, String>();
        for (String column : List.of("seq", "time", "user", "role", "patient", "action", "target",
                "address", "outcome")) {
            boolean nowAscending = column.equals(form.getSort()) && "asc".equals(form.getDir());
            links.put(column, link(form, "/admin/audit", column, nowAscending ? "desc" : "asc", 0));
        }
        return links;
    }

    private static String link(AuditFilterForm form, String path, String sort, String dir, int page) {
        return UriComponentsBuilder.fromPath(path)
                .queryParamIfPresent("patient", Optional.ofNullable(form.getPatient()))
                .queryParamIfPresent("user", Optional.ofNullable(form.getUser()).filter(u -> !u.isBlank()))
                .queryParamIfPresent("action", Optional.ofNullable(form.getAction()))
                .queryParamIfPresent("from", Optional.ofNullable(form.getFrom()))
                .queryParamIfPresent("to", Optional.ofNullable(form.getTo()))
                .queryParamIfPresent("sort", Optional.ofNullable(sort))
                .queryParamIfPresent("dir", Optional.ofNullable(dir))
                .queryParamIfPresent("page", page > 0 ? Optional.of(page) : Optional.empty())
                .encode().build().toUriString();
    }

    @GetMapping(value = "/export", produces = "text/csv")
    void export(@ModelAttribute("filter") AuditFilterForm form, BindingResult errors,
            @AuthenticationPrincipal ClinicUser me, HttpServletResponse response) throws IOException {
        if (errors.hasErrors()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "The filter has a value that is not valid");
            return;
        }
        log.record(me.current(), form.getPatient(), AuditAction.EXPORT, "audit log CSV");
        // The export carries chain positions and hashes: link what has committed so far first.
        chain.link();
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-log.csv\"");
        PrintWriter out = response.getWriter();
        out.println("seq,occurred_at_utc,username,role,patient_id,action,target,client_address,outcome,chain_seq,"
                + "entry_hash");
        queries.forEach(form.toFilter(), entry -> out.println(csv(entry)));
        out.flush();
    }

    @PostMapping("/verify")
    String verify(RedirectAttributes redirect) {
        // Through the watch, so a failure found here raises the same alarm as a scheduled check.
        var broken = watch.check();
        if (broken.isPresent()) {
            redirect.addFlashAttribute("problem", "audit.chain.broken");
            redirect.addFlashAttribute("problemArgs", new Object[] { broken.get().position(), broken.get().reason() });
        } else {
            redirect.addFlashAttribute("notice", "audit.chain.intact");
        }
        return "redirect:/admin/audit";
    }

    static String csv(AuditEntry e) {
        return String.join(",", Long.toString(e.seq()), e.occurredAt().toString(), quote(e.username()),
                e.role(), e.patientId() == null ? "" : e.patientId().toString(), e.action().name(),
                quote(e.target()), quote(e.clientAddress()), e.outcome().name(),
                e.isChained() ? e.chainSeq().toString() : "", e.isChained() ? e.entryHash() : "");
    }

    /** RFC 4180 quoting, and a leading quote on values a spreadsheet would run as a formula. */
    static String quote(String value) {
        String safe = value.matches("^[=+\\-@\t\r].*") ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
