package org.tpiclinic.assessment;

/** How the pain in a marked zone feels, as the patient describes it. */
public enum PainQuality {
    ACHING, BURNING, TINGLING, NUMB, STABBING
}
