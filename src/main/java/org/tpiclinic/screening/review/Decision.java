package org.tpiclinic.screening.review;

/** What the clinician decided after reviewing a screening. */
public enum Decision {
    ELIGIBLE, ELIGIBLE_WITH_WARNINGS, NOT_ELIGIBLE;

    public boolean eligible() {
        return this != NOT_ELIGIBLE;
    }
}
