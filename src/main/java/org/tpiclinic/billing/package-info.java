/**
 * Billing: CPT and ICD-10-CM coding of each signed session, the billing work queue, superbills and the claim-ready
 * export. Listens to {@link org.tpiclinic.procedures.InjectionSessionSigned}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "audit", "patients",
        "assessment", "procedures", "scheduling", "site" })
package org.tpiclinic.billing;
