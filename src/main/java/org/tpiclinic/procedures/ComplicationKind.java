package org.tpiclinic.procedures;

/**
 * What happened at the chair (clinical reference §3.2, §7.5). {@link #NONE} is a positive statement that the
 * clinician looked and found nothing; any other kind needs the action taken.
 */
public enum ComplicationKind {
    NONE, VASOVAGAL, HEMATOMA, LOCAL_ANESTHETIC_TOXICITY, SUSPECTED_PNEUMOTHORAX, ALLERGIC_REACTION
}
