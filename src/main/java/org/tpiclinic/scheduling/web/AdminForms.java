package org.tpiclinic.scheduling.web;

import java.time.ZoneId;
import java.util.List;

import org.springframework.validation.BindingResult;

/** Checks shared by the scheduling admin forms. */
final class AdminForms {

    /** Region ids only ("America/Phoenix"): offsets like "+05:00" do not follow daylight-saving rules. */
    static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/"))
            .filter(z -> !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();

    private AdminForms() {
    }

    /** The zone named in {@code field "timeZone"}, or null with an error beside the field. */
    static ZoneId zone(String id, BindingResult errors) {
        if (id == null || id.isBlank() || errors.hasFieldErrors("timeZone")) {
            return null;
        }
        if (!ZONES.contains(id.trim())) {
            errors.rejectValue("timeZone", "timeZone.unknown",
                    "Use an IANA time zone such as America/New_York or America/Phoenix");
            return null;
        }
        return ZoneId.of(id.trim());
    }
}
