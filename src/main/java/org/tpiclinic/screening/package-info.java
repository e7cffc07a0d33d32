/**
 * Screening: the intake questionnaire, the pre-procedure safety screening and its clinician review.
 * <p>
 * Sites: a plan names its sites as the atlas's {@link org.tpiclinic.assessment.BodySite}s (the one list of sites,
 * {@code Atlas#sites()}); whether a site lies near the thorax is the atlas's data, not screening's.
 * <p>
 * API: {@link org.tpiclinic.screening.Screening} answers whether a patient has a valid, eligible screening for a
 * {@link org.tpiclinic.screening.PlannedTreatment} (asked by procedures before a needle goes in);
 * {@link org.tpiclinic.screening.IntakeLinks} issues the emailed links that open one patient's intake without a
 * login (notifications puts them in booking confirmations). Screening rules
 * are data with a version and a source (clinical reference §1); an admin changes their severity and thresholds,
 * each change making a new rule-set version. Invariants: a hard stop can never be overridden; every warning a
 * clinician accepts carries a reason; a review stays valid for a set time or until a fact a rule depends on
 * changes; patient-reported intake answers reach the medical record only when staff accept them one by one.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "audit", "patients", "site", "assessment" })
@NullMarked
package org.tpiclinic.screening;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
