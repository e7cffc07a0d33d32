package org.tpiclinic.procedures;

import java.util.List;
import java.util.Optional;

import org.tpiclinic.screening.Agent;

/** The practice's agents for injection, each version kept; sessions record the version they used. */
public interface Formulary {

    /** The current version number; it grows by one with every change an admin makes. */
    int version();

    /** The agents a clinician may choose today, in display order. */
    List<Injectate> agents();

    Optional<Injectate> agent(String code);

    /**
     * The agent a consented plan ({@code screening.PlannedTreatment}) names for this formulary agent: every plain
     * strength of lidocaine is {@link Agent#LIDOCAINE_1_PLAIN}, plain bupivacaine {@link Agent#BUPIVACAINE_025},
     * saline {@link Agent#SALINE}. Empty for a steroid (a plan says whether a steroid is added) and for an unknown
     * code.
     */
    Optional<Agent> consentAgent(String code);

    /**
     * The name of the agent's substance in {@code patients.SubstanceCatalog} ("Lidocaine"), so allergy checks and
     * the formulary use one substance list; empty for saline and for an unknown code.
     */
    Optional<String> substance(String code);
}
