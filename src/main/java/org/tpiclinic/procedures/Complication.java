package org.tpiclinic.procedures;

import org.springframework.data.relational.core.mapping.Table;

/** A complication of a session and what the clinician did about it ({@code action} is empty for none). */
@Table("injection_session_complications")
public record Complication(ComplicationKind kind, String action) {
}
