package org.tpiclinic.procedures;

import org.springframework.data.relational.core.mapping.Table;

/** A clinic-policy warning the clinician overrode for this session ({@code code} of the notice), and why. */
@Table("injection_session_overrides")
public record PolicyOverride(String code, String reason) {
}
