package org.tpiclinic.booking;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tpiclinic.patients.PatientsMerged;

/**
 * When a duplicate chart is merged, its online requests move to the chart that stays, in the merge's own
 * transaction (a failure here undoes the merge).
 */
@Component
class MergedPatientRequests {

    private final OnlineRequests requests;

    MergedPatientRequests(OnlineRequests requests) {
        this.requests = requests;
    }

    @EventListener
    void on(PatientsMerged merged) {
        requests.movePatient(merged.mergedId(), merged.survivorId());
    }
}
