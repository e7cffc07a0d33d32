package org.tpiclinic.procedures;

/** How a trigger point was treated: a needle that delivers an injectate, or a needle alone. */
public enum Technique {
    INJECTION, DRY_NEEDLING
}
