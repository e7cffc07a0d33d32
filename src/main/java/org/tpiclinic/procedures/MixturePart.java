package org.tpiclinic.procedures;

import java.math.BigDecimal;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One agent of what was drawn up for the session's injections, with its volume in mL. With a single agent the
 * volume may be left empty: every injected mL is then that agent.
 */
@Table("injection_session_mixture")
public record MixturePart(String agentCode, BigDecimal volumeMl) {
}
