package org.tpiclinic.screening.intake;

import java.util.Comparator;
import java.util.List;

import org.tpiclinic.patients.AllergyClass;
import org.tpiclinic.patients.DrugClass;
import org.tpiclinic.patients.ReactionType;
import org.tpiclinic.patients.Severity;
import org.tpiclinic.patients.SubstanceCatalog;

/**
 * Allergies and medications as a patient lists them on the intake, each read through the
 * {@link SubstanceCatalog}: a substance the catalogue knows gets the catalogue's class whatever the patient
 * chose; one it does not know keeps no class ({@code null}) until a clinician maps it.
 */
public final class Reported {

    private Reported() {
    }

    /**
     * An allergy as listed.
     *
     * @param allergyClass the class, or {@code null} when neither the catalogue nor the patient knows it
     * @param reaction     what happened, or {@code null} when not said
     * @param severity     how bad it was, or {@code null} when not said
     */
    public record Allergy(String substance, AllergyClass allergyClass, ReactionType reaction, Severity severity) {

        /** An allergy without what happened or how bad it was. */
        public Allergy(String substance, AllergyClass allergyClass) {
            this(substance, allergyClass, null, null);
        }

        /**
         * Reads one listed allergy. The catalogue's class wins; a class the patient chose counts only when the
         * catalogue knows no rule for the substance (the cautious reading), and "other" or "not sure" is no class.
         */
        public static Allergy classify(String substance, AllergyClass chosen, ReactionType reaction,
                Severity severity, SubstanceCatalog catalog) {
            var known = catalog.match(substance).map(m -> m.entry().allergyClass());
            AllergyClass cls;
            if (known.isPresent() && known.get() != AllergyClass.OTHER) {
                cls = known.get();
            } else if (chosen != null && chosen != AllergyClass.OTHER) {
                cls = chosen;
            } else {
                cls = known.orElse(null);
            }
            return new Allergy(substance.trim(), cls, reaction, severity);
        }
    }

    /**
     * A medication as the patient names it.
     *
     * @param drugClass    its class, or {@code null} when the catalogue does not know it
     * @param fromFreeText named in the "vitamins, herbs or other products" text rather than listed: it counts for
     *                     the answers' checks and for screening, but is not a separate answer for the record
     */
    public record Medication(String name, DrugClass drugClass, boolean fromFreeText) {

        public Medication(String name, DrugClass drugClass) {
            this(name, drugClass, false);
        }

        public boolean affectsBleeding() {
            return drugClass != null && drugClass.affectsBleeding();
        }

        /** Reads one listed medication; a line naming several substances takes the class that matters most. */
        public static Medication classify(String name, SubstanceCatalog catalog) {
            var classes = catalog.matchAll(name).stream().map(m -> m.entry().drugClass()).toList();
            return new Medication(name.trim(), mostRelevant(classes), false);
        }

        /** The substances a free text names, each as a medication. */
        public static List<Medication> namedIn(String text, SubstanceCatalog catalog) {
            return catalog.matchAll(text).stream()
                    .map(m -> new Medication(m.entry().name(), m.entry().drugClass(), true)).toList();
        }

        private static DrugClass mostRelevant(List<DrugClass> classes) {
            return classes.stream().min(Comparator.comparingInt(Enum::ordinal)).orElse(null);
        }
    }
}
