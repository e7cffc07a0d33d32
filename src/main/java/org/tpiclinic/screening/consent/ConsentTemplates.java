package org.tpiclinic.screening.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.audit.AuditLog;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.shared.ForbiddenException;
import org.tpiclinic.shared.NotFoundException;

/** The consent-text versions. Only an admin writes a new version; the versions before it stay as they were. */
@Service
@Transactional
public class ConsentTemplates {

    private static final String COLUMNS = "version, created_at, created_by, reason, procedure_text, agents_text, "
            + "benefits_text, alternatives_text, risks_text, thorax_risk_text, steroid_risk_text, refusal_text";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ConsentTemplates(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The text to present now. */
    @Transactional(readOnly = true)
    public ConsentTemplate latest() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM consent_templates ORDER BY version DESC FETCH FIRST 1 ROWS ONLY")
                .query(ConsentTemplates::map).single();
    }

    @Transactional(readOnly = true)
    public Optional<ConsentTemplate> find(int version) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM consent_templates WHERE version = ?").param(version)
                .query(ConsentTemplates::map).optional();
    }

    public List<ConsentTemplate> all(CurrentUser actor) {
        requireAdmin(actor, AuditAction.READ);
        audit.record(actor, null, AuditAction.READ, "consent templates");
        return jdbc.sql("SELECT " + COLUMNS + " FROM consent_templates ORDER BY version DESC")
                .query(ConsentTemplates::map).list();
    }

    public ConsentTemplate get(CurrentUser actor, int version) {
        requireAdmin(actor, AuditAction.READ);
        audit.record(actor, null, AuditAction.READ, "consent template v" + version);
        return find(version).orElseThrow(() -> new NotFoundException("The consent template"));
    }

    /** Writes the edited text as the next version. */
    public ConsentTemplate revise(CurrentUser actor, ConsentTemplate edited) {
        requireAdmin(actor, AuditAction.CREATE);
        int next = latest().version() + 1;
        var t = new ConsentTemplate(next, clock.instant(), actor.username(), edited.reason(), edited.procedureText(),
                edited.agentsText(), edited.benefitsText(), edited.alternativesText(), edited.risksText(),
                edited.thoraxRiskText(), edited.steroidRiskText(), edited.refusalText());
        jdbc.sql("INSERT INTO consent_templates (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(t.version(), t.createdAt().atOffset(ZoneOffset.UTC), t.createdBy(), t.reason(),
                        t.procedureText(), t.agentsText(), t.benefitsText(), t.alternativesText(), t.risksText(),
                        t.thoraxRiskText(), t.steroidRiskText(), t.refusalText())
                .update();
        audit.record(actor, null, AuditAction.CREATE, "consent template v" + next);
        return t;
    }

    private static ConsentTemplate map(ResultSet rs, int row) throws SQLException {
        return new ConsentTemplate(rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"),
                rs.getString("reason"), rs.getString("procedure_text"), rs.getString("agents_text"),
                rs.getString("benefits_text"), rs.getString("alternatives_text"), rs.getString("risks_text"),
                rs.getString("thorax_risk_text"), rs.getString("steroid_risk_text"), rs.getString("refusal_text"));
    }

    private void requireAdmin(CurrentUser actor, AuditAction action) {
        if (actor.role() != Role.ADMIN) {
            audit.recordDenied(actor, null, action, "consent templates");
            throw new ForbiddenException("Only an admin changes the consent text");
        }
    }
}
