package org.tpiclinic.aftercare;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tpiclinic.procedures.InjectionSessionSigned;

/**
 * Makes the aftercare plan when a session is signed. Runs after the signing transaction committed, in its own
 * transaction, from the event publication registry: if the application stops before it completes, the publication
 * stays incomplete and is delivered again (on restart, or by a resubmission); {@link PlanWriter} makes that
 * harmless.
 */
@Component
class SessionSignedListener {

    private final PlanWriter writer;

    SessionSignedListener(PlanWriter writer) {
        this.writer = writer;
    }

    @ApplicationModuleListener
    void on(InjectionSessionSigned signed) {
        writer.write(signed);
    }
}
