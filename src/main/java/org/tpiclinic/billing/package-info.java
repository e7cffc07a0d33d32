/**
 * Billing: CPT and ICD-10-CM coding of each signed session, the billing work queue, superbills and the claim-ready
 * export. Listens to {@link org.tpiclinic.procedures.InjectionSessionSigned}.
 * <p>
 * API: {@link org.tpiclinic.billing.ClaimCoder} (the coding rules, pure), {@link org.tpiclinic.billing.CodingTable}
 * (the procedure and drug codes as data with their sources), {@link org.tpiclinic.billing.BillingQueue} (review,
 * correct, mark exported), {@link org.tpiclinic.billing.ClaimExport} (the claim-ready CSV, streamed) and
 * {@link org.tpiclinic.billing.Superbills} (a PDF per visit).
 * <p>
 * Invariants: one claim per session, whatever the number of deliveries (the session id is the claim's primary
 * key); a claim that the rules cannot code safely waits for review with its reasons; a correction always has a
 * reason and an actor, and one made after export flags the claim for re-export; only BILLING and ADMIN reach
 * claims, and every read, change and export is audited (an export as a disclosure, per patient).
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "audit", "patients",
        "assessment", "procedures", "scheduling", "site" })
@NullMarked
package org.tpiclinic.billing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
