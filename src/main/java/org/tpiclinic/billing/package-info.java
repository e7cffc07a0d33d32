/**
 * Billing: CPT and ICD-10-CM coding of each signed session, the billing work queue, superbills and the claim-ready
 * export. Listens to {@link org.tpiclinic.procedures.InjectionSessionSigned}.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "audit", "patients",
        "assessment", "procedures", "scheduling", "site" })
@NullMarked
package org.tpiclinic.billing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
