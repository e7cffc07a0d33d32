package org.tpiclinic.procedures;

import java.math.BigDecimal;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One treated point: the atlas body site ({@code UPPER_TRAPEZIUS_L}), the technique, the needle (gauge, length in
 * mm), whether a local twitch response was seen, and for an injection the volume of the session's mixture given
 * there (mL). Fields are empty while the draft is being written; signing needs them.
 */
@Table("injection_session_sites")
public record SessionSite(String siteCode, Technique technique, Integer needleGauge, Integer needleLengthMm,
        boolean twitch, BigDecimal volumeMl) {
}
