package org.tpiclinic.aftercare;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.assessment.Atlas;
import org.tpiclinic.assessment.BodySite;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.audit.AuditLog;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.procedures.InjectionSessionSigned;
import org.tpiclinic.scheduling.SlotSearch;
import org.tpiclinic.site.PracticeSettings;

/**
 * Makes the aftercare plan of a signed session, its check-ins and the email that carries it, in one transaction,
 * once per session: a redelivered event finds the plan and does nothing, and two deliveries at once meet the
 * unique session id (the second inserts nothing and stops).
 */
@Component
class PlanWriter {

    static final CurrentUser AFTERCARE = CurrentUser.system("aftercare");

    private final JdbcClient jdbc;
    private final AftercareTexts texts;
    private final Stretches stretches;
    private final Atlas atlas;
    private final LungWarning lung;
    private final PatientRegistry patients;
    private final AftercareMailer mailer;
    private final AftercareSettings settings;
    private final PracticeSettings practice;
    private final SlotSearch slots;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    PlanWriter(JdbcClient jdbc, AftercareTexts texts, Stretches stretches, Atlas atlas, LungWarning lung,
            PatientRegistry patients, AftercareMailer mailer, AftercareSettings settings, PracticeSettings practice,
            SlotSearch slots, MessageSource messages, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.texts = texts;
        this.stretches = stretches;
        this.atlas = atlas;
        this.lung = lung;
        this.patients = patients;
        this.mailer = mailer;
        this.settings = settings;
        this.practice = practice;
        this.slots = slots;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return whether this call made the plan (false: the session already has one) */
    @Transactional
    boolean write(InjectionSessionSigned e) {
        UUID session = e.sessionId().value();
        if (jdbc.sql("SELECT COUNT(*) FROM aftercare_plans WHERE session_id = ?").param(session).query(Long.class)
                .single() > 0) {
            return false;
        }
        var patient = patients.chart(AFTERCARE, e.patientId().value()).patient();
        String language = PlanLanguage.code(patient.preferredLanguage(), texts.languages());
        var sites = e.sites().stream().map(InjectionSessionSigned.TreatedSite::site).toList();
        boolean lungWarning = lung.appliesTo(sites);
        UUID plan = UUID.randomUUID();
        var now = clock.instant();
        int inserted = jdbc.sql("""
                INSERT INTO aftercare_plans (id, session_id, patient_id, clinician_id, location_id, performed_on,
                       signed_at, language, lung_warning, pain_before, follow_up_from, follow_up_to, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(plan, session, e.patientId().value(), e.clinicianId().value(),
                        e.locationId() == null ? null : e.locationId().value(), e.performedOn(),
                        e.signedAt().atOffset(ZoneOffset.UTC), language, lungWarning, e.painBefore(),
                        e.performedOn().plusDays(settings.followUpEarliestDays()),
                        e.performedOn().plusDays(settings.followUpLatestDays()), now.atOffset(ZoneOffset.UTC))
                .update();
        if (inserted == 0) {
            return false;
        }
        var parts = sections(language, sites, lungWarning);
        for (int i = 0; i < parts.size(); i++) {
            var part = parts.get(i);
            jdbc.sql("INSERT INTO aftercare_plan_sections (plan_id, position, section, title, body) VALUES (?, ?, ?, ?, ?)")
                    .params(plan, i, part.section().name(), part.title(), part.body()).update();
        }
        var zone = zone(e);
        for (int day : new LinkedHashSet<>(settings.checkInDays())) {
            var due = e.performedOn().plusDays(day).atTime(settings.checkInHour(), 0).atZone(zone).toInstant();
            jdbc.sql("INSERT INTO aftercare_check_ins (id, plan_id, patient_id, day_after, due_at) VALUES (?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), plan, e.patientId().value(), day, due.atOffset(ZoneOffset.UTC)).update();
        }
        mailer.planReady(session, patient.email(), parts);
        audit.record(AFTERCARE, e.patientId().value(), AuditAction.CREATE, "aftercare plan for session " + session);
        return true;
    }

    private List<AftercarePlan.Part> sections(String language, List<BodySite> sites, boolean lungWarning) {
        var in = texts.in(language);
        var parts = new ArrayList<AftercarePlan.Part>();
        for (var section : Section.values()) {
            if (!section.inPlan() || section == Section.LUNG_WARNING && !lungWarning) {
                continue;
            }
            var text = in.get(section);
            String body = text.body().replace("{phone}", practice.phone());
            if (section == Section.STRETCHES) {
                body = body + stretchLines(language, sites);
            }
            parts.add(new AftercarePlan.Part(section, text.title(), body));
        }
        return parts;
    }

    /** One line per treated muscle and side, in the order first treated. */
    private String stretchLines(String language, List<BodySite> sites) {
        var lines = new StringBuilder();
        for (var site : new LinkedHashSet<>(sites)) {
            var muscle = atlas.muscle(site.muscle());
            String name = stretches.name(site.muscle(), language, muscle.map(m -> m.name()).orElse(site.muscle()));
            String side = messages.getMessage("aftercare.plan.side." + language + "." + site.side().name(), null,
                    site.side().word(), Locale.ENGLISH);
            String how = stretches.of(site.muscle(), language).orElse(messages.getMessage(
                    "aftercare.plan.noStretch." + language, null, "Ask your clinician.", Locale.ENGLISH));
            lines.append("\n\n").append(name).append(" (").append(side).append("): ").append(how);
        }
        return lines.toString();
    }

    private ZoneId zone(InjectionSessionSigned e) {
        if (e.locationId() != null) {
            try {
                return slots.zoneOf(e.locationId().value());
            } catch (RuntimeException unknownLocation) {
                // a location removed since: the practice's zone
            }
        }
        return practice.zone();
    }
}
