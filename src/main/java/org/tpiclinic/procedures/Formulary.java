package org.tpiclinic.procedures;

import java.util.List;
import java.util.Optional;

/** The practice's agents for injection, each version kept; sessions record the version they used. */
public interface Formulary {

    /** The current version number; it grows by one with every change an admin makes. */
    int version();

    /** The agents a clinician may choose today, in display order. */
    List<Injectate> agents();

    Optional<Injectate> agent(String code);
}
