/**
 * Assessment: the body chart, pain drawings, trigger-point findings, the referred-pain atlas and muscle
 * suggestions.
 * <p>
 * API: {@link org.tpiclinic.assessment.BodyChart} (the chart's zones, each with a stable code; the one list of
 * places on the body), {@link org.tpiclinic.assessment.Atlas} (muscles with their trigger-point and referral
 * zones and their source, and the {@link org.tpiclinic.assessment.BodySite}s = muscle + {@link
 * org.tpiclinic.assessment.Side} that other modules use as the one list of sites),
 * {@link org.tpiclinic.assessment.MuscleSuggestions} (a deterministic ranking of the muscles whose referral
 * zones explain a drawing) and {@link org.tpiclinic.assessment.Assessments} (drawings and findings per visit).
 * Both the chart and the atlas are versioned data files under {@code assessment/}, read at start.
 * <p>
 * Invariants: every stored zone, muscle and side exists in the data files; intensities are 0–10; a finding has
 * a muscle from the atlas and a position inside the chart. Every read and change of a patient's drawings and
 * findings checks the acting user on the server and writes one audit entry in the same transaction.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "audit", "patients" })
@NullMarked
package org.tpiclinic.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
