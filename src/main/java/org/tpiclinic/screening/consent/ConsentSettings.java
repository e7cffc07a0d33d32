package org.tpiclinic.screening.consent;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Consent settings a clinic may change.
 *
 * @param validFor           how long a signed consent stays valid unless withdrawn (default 12 months)
 * @param pageSize           the paper size of the consent PDF: {@code LETTER} (default) or {@code A4}
 * @param signatureMaxSize   the largest drawn signature accepted, as PNG bytes (default 100KB; the pad's are a few KB)
 * @param signatureMaxWidth  the widest drawn signature accepted, in pixels (the pad draws 600 × 200)
 * @param signatureMaxHeight the tallest drawn signature accepted, in pixels
 */
@ConfigurationProperties("tpi.consent")
public record ConsentSettings(@DefaultValue("12m") Period validFor, @DefaultValue("LETTER") PageSize pageSize,
        @DefaultValue("100KB") DataSize signatureMaxSize, @DefaultValue("1200") int signatureMaxWidth,
        @DefaultValue("600") int signatureMaxHeight) {

    /** Paper sizes, as CSS {@code @page size} names them. */
    public enum PageSize {
        LETTER("letter"), A4("A4");

        private final String css;

        PageSize(String css) {
            this.css = css;
        }

        public String css() {
            return css;
        }
    }

    /** The limits a drawn signature is checked against. */
    public Signature.Limits signatureLimits() {
        return new Signature.Limits((int) signatureMaxSize.toBytes(), signatureMaxWidth, signatureMaxHeight);
    }
}
