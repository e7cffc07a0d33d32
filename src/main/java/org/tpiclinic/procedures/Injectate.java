package org.tpiclinic.procedures;

import org.tpiclinic.shared.Concentration;

/**
 * One agent of the formulary as a session uses it: what a clinician picks from and what the dose check needs.
 *
 * @param code           stable code ({@code LIDOCAINE_1}, {@code TRIAMCINOLONE_40}, {@code SALINE_09})
 * @param name           how people name it ("Lidocaine 1 % plain")
 * @param concentration  mg per mL (a percentage converted exactly)
 * @param localAnesthetic whether it counts toward the combined local-anesthetic limit
 * @param steroid        whether it is a corticosteroid
 */
public record Injectate(String code, String name, Concentration concentration, boolean localAnesthetic,
        boolean steroid) {
}
