package org.tpiclinic.outcomes;

import java.math.BigDecimal;

/** One threshold as the practice keeps it: its value, unit, source and what it does. */
public record ThresholdSource(String code, BigDecimal amount, String unit, String source, String note) {
}
