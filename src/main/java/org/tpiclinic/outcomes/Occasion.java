package org.tpiclinic.outcomes;

/**
 * When a score was given: at baseline (before the first session), just before or just after a session, at an
 * aftercare check-in, or at a monthly follow-up after the last session.
 */
public enum Occasion {
    BASELINE, PRE_SESSION, POST_SESSION, CHECK_IN, FOLLOW_UP
}
