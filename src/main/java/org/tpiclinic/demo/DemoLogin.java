package org.tpiclinic.demo;

/** A demo login as shown on the sign-in page and printed at start-up. */
public record DemoLogin(String username, String description) {
}
