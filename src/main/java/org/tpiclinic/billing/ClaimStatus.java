package org.tpiclinic.billing;

/**
 * Where a claim stands: {@link #READY} to export, {@link #REVIEW} waiting for a person (the rules could not code it
 * safely), {@link #EXPORTED} handed to the billing service. A correction after export makes it READY again with
 * the re-export flag set.
 */
public enum ClaimStatus {
    READY, REVIEW, EXPORTED
}
