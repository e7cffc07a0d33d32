package org.tpiclinic.assessment;

/** The patient's side of the body: their own left and right, whichever way a chart view faces. */
public enum Side {
    LEFT("L", "left"), RIGHT("R", "right");

    private final String suffix;
    private final String word;

    Side(String suffix, String word) {
        this.suffix = suffix;
        this.word = word;
    }

    /** The letter a sided zone code ends with ({@code TEMPLE_L}). */
    public String suffix() {
        return suffix;
    }

    public String word() {
        return word;
    }

    public Side other() {
        return this == LEFT ? RIGHT : LEFT;
    }
}
