package org.tpiclinic.identity;

import java.util.Locale;

/**
 * One sign-in attempt as the throttle sees it: the username typed (whether or not such an account exists), the
 * client address (already resolved from a trusted proxy's forwarded headers, see {@link TrustedProxies}), and the
 * hash of the known-device cookie when this device signed in to this account before (else null).
 */
record SignInAttempt(String username, String address, String knownDevice) {

    /** Usernames are at most 100 characters; a longer one typed at sign-in is counted by its first 100. */
    static final int MAX_USERNAME = 100;

    SignInAttempt {
        username = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (username.length() > MAX_USERNAME) {
            username = username.substring(0, MAX_USERNAME);
        }
        address = address == null ? "" : address;
    }

    boolean fromKnownDevice() {
        return knownDevice != null;
    }

    /** This username from this device: the known device if there is one, else this address. */
    String pairKey() {
        return fromKnownDevice() ? "device:" + knownDevice + "|" + username : "pair:" + address + "|" + username;
    }

    String accountKey() {
        return "account:" + username;
    }

    String addressKey() {
        return "address:" + address;
    }
}
