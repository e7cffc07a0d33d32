package org.tpiclinic.identity.web;

import org.jspecify.annotations.Nullable;

/**
 * The one field of the second sign-in step and of setting it up: a code from the authenticator app, or a recovery
 * code. Shown with {@code fragments/forms :: field}, which never echoes a one-time code back.
 */
record CodeForm(@Nullable String code) {

    static final String NAME = "codeForm";

    static CodeForm empty() {
        return new CodeForm("");
    }

    /** The code as typed, never null. */
    String typed() {
        return code == null ? "" : code;
    }
}
