package org.tpiclinic.procedures.formulary;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tpiclinic.screening.Agent;
import org.tpiclinic.shared.Concentration;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.Milligrams;

/** Storage of formulary versions: each version a full copy of the agents, never updated. */
@Repository
public class FormularyVersions {

    private final JdbcClient jdbc;

    FormularyVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int latest() {
        return jdbc.sql("SELECT MAX(version) FROM formulary_versions").query(Integer.class).single();
    }

    public Optional<FormularyVersion> version(int version) {
        var agents = jdbc.sql("SELECT * FROM formulary_agents WHERE formulary_version = ? ORDER BY position")
                .param(version).query((rs, n) -> agent(rs)).list();
        var policies = jdbc.sql("SELECT * FROM formulary_policies WHERE formulary_version = ? ORDER BY position")
                .param(version).query((rs, n) -> new ClinicPolicy(PolicyCode.valueOf(rs.getString("code")),
                        rs.getBoolean("enabled"), (Integer) rs.getObject("threshold", Integer.class),
                        rs.getString("source")))
                .list();
        return jdbc.sql("SELECT * FROM formulary_versions WHERE version = ?").param(version)
                .query((rs, n) -> new FormularyVersion(rs.getInt("version"), instant(rs, "created_at"),
                        rs.getString("created_by"), rs.getString("changed_agent"), rs.getString("reason"),
                        rs.getBigDecimal("warn_share"), rs.getString("warn_share_source"), agents, policies))
                .optional();
    }

    /** Every version, newest first, without their agents: the change history. */
    public List<FormularyChange> history() {
        return jdbc.sql("SELECT * FROM formulary_versions ORDER BY version DESC")
                .query((rs, n) -> new FormularyChange(rs.getInt("version"), instant(rs, "created_at"),
                        rs.getString("created_by"), rs.getString("changed_agent"), rs.getString("reason")))
                .list();
    }

    /** Stores a new version; refuses it (409) when another change took the same version number first. */
    public void add(FormularyVersion next) {
        try {
            jdbc.sql("INSERT INTO formulary_versions (version, created_at, created_by, changed_agent, reason, "
                    + "warn_share, warn_share_source) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(next.version(), next.createdAt().atOffset(ZoneOffset.UTC), next.createdBy(),
                            next.changedAgent(), next.reason(), next.warnShare(), next.warnShareSource())
                    .update();
        } catch (DuplicateKeyException raced) {
            throw new ConflictException("Someone else changed the formulary at the same moment. "
                    + "Reload it and make your change again.");
        }
        int position = 1;
        for (var agent : next.agents()) {
            insert(next.version(), position++, agent);
        }
        position = 1;
        for (var policy : next.policies()) {
            jdbc.sql("INSERT INTO formulary_policies (formulary_version, code, position, enabled, threshold, source) "
                    + "VALUES (?, ?, ?, ?, ?, ?)")
                    .params(next.version(), policy.code().name(), position++, policy.enabled(), policy.threshold(),
                            policy.source())
                    .update();
        }
    }

    private void insert(int version, int position, FormularyAgent a) {
        jdbc.sql("INSERT INTO formulary_agents (formulary_version, code, position, name, mg_per_ml, agent_class, "
                + "epinephrine, paraben, sulfite, steroid, max_mg_per_kg, max_mg, limit_source, substance, "
                + "screening_agent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(version, a.code(), position, a.name(), a.concentration().milligramsPerMillilitre(),
                        a.agentClass().name(), a.epinephrine(), a.paraben(), a.sulfite(), a.steroid(),
                        value(a.limit().perKilogram()), value(a.limit().absolute()), a.limit().source(),
                        a.substance(), a.screeningAgent() == null ? null : a.screeningAgent().name())
                .update();
    }

    private static FormularyAgent agent(ResultSet rs) throws SQLException {
        var limit = new DoseLimit(milligrams(rs.getBigDecimal("max_mg_per_kg")),
                milligrams(rs.getBigDecimal("max_mg")), rs.getString("limit_source"));
        String screening = rs.getString("screening_agent");
        return new FormularyAgent(rs.getString("code"), rs.getString("name"),
                new Concentration(plain(rs.getBigDecimal("mg_per_ml"))),
                AgentClass.valueOf(rs.getString("agent_class")), rs.getBoolean("epinephrine"),
                rs.getBoolean("paraben"), rs.getBoolean("sulfite"), rs.getBoolean("steroid"), limit,
                rs.getString("substance"), screening == null ? null : Agent.valueOf(screening));
    }

    private static @Nullable Milligrams milligrams(@Nullable BigDecimal value) {
        return value == null ? null : new Milligrams(plain(value));
    }

    /** The decimal without the column's padding zeros ({@code 300.000} reads as {@code 300}, not {@code 3E+2}). */
    static BigDecimal plain(BigDecimal value) {
        var stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static @Nullable BigDecimal value(@Nullable Milligrams amount) {
        return amount == null ? null : amount.value();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** One line of the formulary's change history. */
    public record FormularyChange(int version, Instant at, String by, @Nullable String changedAgent, String reason) {
    }
}
