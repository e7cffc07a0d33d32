package org.tpiclinic.screening;

/**
 * The small formulary screening knows about: what may be injected, with the facts that decide allergy checks
 * (clinical reference §2.2, §2.4). Lidocaine and bupivacaine are amides; procaine is an ester; multi-dose vials
 * may contain methylparaben; epinephrine-containing products contain metabisulfite.
 */
public enum Agent {
    LIDOCAINE_1_PLAIN(LocalAnaestheticClass.AMIDE, false, false),
    LIDOCAINE_1_MULTI_DOSE(LocalAnaestheticClass.AMIDE, true, false),
    LIDOCAINE_1_WITH_EPINEPHRINE(LocalAnaestheticClass.AMIDE, false, true),
    BUPIVACAINE_025(LocalAnaestheticClass.AMIDE, false, false),
    PROCAINE_05(LocalAnaestheticClass.ESTER, false, false),
    SALINE(null, false, false),
    DRY_NEEDLING(null, false, false);

    /** The chemical class of a local anaesthetic; allergy to one class does not cross to the other. */
    public enum LocalAnaestheticClass { AMIDE, ESTER }

    private final LocalAnaestheticClass anaestheticClass;
    private final boolean containsParaben;
    private final boolean containsSulfite;

    Agent(LocalAnaestheticClass anaestheticClass, boolean containsParaben, boolean containsSulfite) {
        this.anaestheticClass = anaestheticClass;
        this.containsParaben = containsParaben;
        this.containsSulfite = containsSulfite;
    }

    /** The local anaesthetic class, or {@code null} for saline and dry needling. */
    public LocalAnaestheticClass anaestheticClass() {
        return anaestheticClass;
    }

    public boolean containsParaben() {
        return containsParaben;
    }

    public boolean containsSulfite() {
        return containsSulfite;
    }

    public boolean isLocalAnaesthetic() {
        return anaestheticClass != null;
    }
}
