/**
 * Procedures: injection and dry-needling sessions documented at the chair, the formulary with its dose limits,
 * sign and lock with addenda, and the procedure note.
 * <p>
 * API: {@link org.tpiclinic.procedures.Formulary} (the current agents with their concentrations and limits, each
 * version kept), {@link org.tpiclinic.procedures.DoseCheck} (totals per agent against this patient's maximum,
 * computed exactly, with warnings and the reasons a session cannot be signed) and the
 * {@link org.tpiclinic.procedures.InjectionSessionSigned} event, which billing, aftercare and outcomes listen to.
 * <p>
 * Invariants: whatever protects the patient is checked synchronously inside the transaction (dose within the
 * limit, an eligible screening and a consent covering each site, a recent weight); a signed note never changes,
 * corrections are addenda with reason, author and time.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "audit", "patients",
        "screening", "assessment", "scheduling", "site" })
@NullMarked
package org.tpiclinic.procedures;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
