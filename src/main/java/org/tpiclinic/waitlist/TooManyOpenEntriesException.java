package org.tpiclinic.waitlist;

/** The patient already has as many entries on the waitlist as one patient may have ({@code max-open-per-patient}). */
public class TooManyOpenEntriesException extends IllegalArgumentException {

    private final int limit;

    TooManyOpenEntriesException(int limit) {
        super("Already waiting for " + limit + " times; take one off first");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
