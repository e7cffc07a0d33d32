/**
 * Aftercare: the plan a patient takes home after a signed session, the check-ins that catch a complication early,
 * and the follow-up appointment proposed. Listens to {@link org.tpiclinic.procedures.InjectionSessionSigned};
 * publishes {@link org.tpiclinic.aftercare.CheckInSubmitted}.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "audit", "patients",
        "assessment", "procedures", "scheduling", "notifications", "site" })
@NullMarked
package org.tpiclinic.aftercare;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
