package org.tpiclinic.booking.web;

import org.springframework.stereotype.Component;
import org.tpiclinic.scheduling.SchedulingDirectory;
import org.tpiclinic.scheduling.Slot;
import org.tpiclinic.booking.OnlineRequest;

/** What a booking request is for, in words a person checks before confirming. */
@Component
class RequestSummaries {

    private final SchedulingDirectory directory;

    RequestSummaries(SchedulingDirectory directory) {
        this.directory = directory;
    }

    /**
     * @param when     the local date and time with the zone's abbreviation ("Tue 8 Dec 2026, 10:00 AM MST")
     * @param zone     the location's IANA zone ("America/Phoenix")
     */
    record Summary(String when, String zone, String type, int minutes, String clinician, String location,
            String address, String phone) {
    }

    Summary of(OnlineRequest request) {
        var location = directory.location(request.locationId());
        var type = directory.type(request.typeId());
        var slot = new Slot(request.clinicianId(), request.locationId(), request.typeId(), request.startAt(),
                request.startAt().plus(type.duration()), location.zone());
        return new Summary(slot.label(), location.zone().getId(), type.name(), (int) type.duration().toMinutes(),
                directory.clinician(request.clinicianId()).name(), location.name(), location.address(),
                location.phone());
    }
}
