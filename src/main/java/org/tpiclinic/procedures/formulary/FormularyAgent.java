package org.tpiclinic.procedures.formulary;

import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.tpiclinic.procedures.Injectate;
import org.tpiclinic.screening.Agent;
import org.tpiclinic.shared.Concentration;

/**
 * One agent of a formulary version with everything the clinic records about it.
 *
 * @param code           stable code ({@code LIDOCAINE_1}); the same agent keeps its code across versions
 * @param concentration  mg per mL (a percentage converted exactly: 1 % = 10 mg/mL)
 * @param epinephrine    whether the product contains epinephrine (and so metabisulfite)
 * @param paraben        whether it contains a paraben preservative (multi-dose vials)
 * @param sulfite        whether it contains a sulfite
 * @param substance      the name of its substance in {@code patients.SubstanceCatalog} ("Lidocaine"), so allergy
 *                       checks and the formulary use one substance list; null for saline
 * @param screeningAgent the agent a consented treatment plan names for it; null when screening has none
 */
public record FormularyAgent(String code, String name, Concentration concentration, AgentClass agentClass,
        boolean epinephrine, boolean paraben, boolean sulfite, boolean steroid, DoseLimit limit,
        @Nullable String substance, @Nullable Agent screeningAgent) {

    public FormularyAgent {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(concentration, "concentration");
        Objects.requireNonNull(agentClass, "agent class");
        Objects.requireNonNull(limit, "limit");
    }

    public boolean localAnesthetic() {
        return agentClass.isLocalAnesthetic();
    }

    public Optional<String> substanceName() {
        return Optional.ofNullable(substance);
    }

    public Optional<Agent> consentAgent() {
        return Optional.ofNullable(screeningAgent);
    }

    /** The same agent with another limit. */
    public FormularyAgent withLimit(DoseLimit newLimit) {
        return new FormularyAgent(code, name, concentration, agentClass, epinephrine, paraben, sulfite, steroid,
                newLimit, substance, screeningAgent);
    }

    /** What a session needs of it. */
    public Injectate injectate() {
        return new Injectate(code, name, concentration, localAnesthetic(), steroid);
    }
}
