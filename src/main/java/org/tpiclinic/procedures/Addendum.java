package org.tpiclinic.procedures;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/** A correction or addition to a signed note: never changes it, is shown after it in the order written. */
@Table("injection_session_addenda")
public record Addendum(String reason, String body, String author, String authorName, Instant writtenAt) {
}
