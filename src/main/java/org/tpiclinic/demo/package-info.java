/**
 * The demo practice, Blue Point Medical Group: two locations in two time zones, one user per staff role, portal
 * logins for a few patients and about 200 synthetic patients generated from a fixed seed, a few of them with real
 * signed injection sessions of the last two weeks (billing, aftercare and outcomes follow from those). Loaded on the first
 * start of the embedded default only (never with the {@code prod} profile, never into a database that already
 * has patients); while present, every page says so and the sign-in page lists the demo logins.
 */
@ApplicationModule(
        allowedDependencies = { "shared", "identity", "patients", "scheduling", "waitlist", "outcomes",
                "screening", "procedures", "assessment" })
@NullMarked
package org.tpiclinic.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
