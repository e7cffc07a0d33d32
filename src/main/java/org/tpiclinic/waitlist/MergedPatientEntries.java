package org.tpiclinic.waitlist;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tpiclinic.patients.PatientsMerged;

/**
 * When a duplicate chart is merged, its waitlist entries (and so their offers) move to the chart that stays, in
 * the merge's own transaction (a failure here undoes the merge).
 */
@Component
class MergedPatientEntries {

    private final WaitlistEntries entries;

    MergedPatientEntries(WaitlistEntries entries) {
        this.entries = entries;
    }

    @EventListener
    void on(PatientsMerged merged) {
        entries.movePatient(merged.mergedId(), merged.survivorId());
    }
}
