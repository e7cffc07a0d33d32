package org.tpiclinic.screening.review;

import org.springframework.data.relational.core.mapping.Table;

/** A warning the clinician accepted, and why. */
@Table("screening_acknowledgements")
public record Acknowledgement(String ruleId, String reason) {
}
