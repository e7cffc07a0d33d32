/**
 * Outcomes: pain and function scores over time for each patient, and the practice's own evidence (responder
 * rates, time until pain returns). Listens to {@link org.tpiclinic.procedures.InjectionSessionSigned} and
 * {@link org.tpiclinic.aftercare.CheckInSubmitted}.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "audit", "patients",
        "assessment", "procedures", "aftercare", "scheduling", "notifications", "site" })
@NullMarked
package org.tpiclinic.outcomes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
