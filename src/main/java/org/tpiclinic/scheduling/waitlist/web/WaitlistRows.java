package org.tpiclinic.scheduling.waitlist.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tpiclinic.scheduling.SchedulingDirectory;
import org.tpiclinic.scheduling.waitlist.WaitlistEntry;

/** Entries as the pages show them (names instead of ids), and the choices the waitlist form offers. */
@Component
class WaitlistRows {

    record Row(UUID id, UUID patientId, String type, String clinician, String location, String windows,
            String dates, String note, String status, boolean open, String createdBy) {
    }

    private final SchedulingDirectory directory;

    WaitlistRows(SchedulingDirectory directory) {
        this.directory = directory;
    }

    List<Row> rows(List<WaitlistEntry> entries) {
        var types = names(directory.types().stream().map(t -> Map.entry(t.id(), t.name())).toList());
        var clinicians = names(directory.clinicians().stream().map(c -> Map.entry(c.id(), c.name())).toList());
        var locations = names(directory.locations().stream().map(l -> Map.entry(l.id(), l.name())).toList());
        return entries.stream().map(e -> new Row(e.id(), e.patientId(), types.get(e.typeId()),
                e.clinicianId() == null ? "Any clinician" : clinicians.get(e.clinicianId()),
                e.locationId() == null ? "Any location" : locations.get(e.locationId()),
                e.windows().isEmpty() ? "Any time" : e.windows().stream().map(Object::toString)
                        .collect(Collectors.joining("; ")),
                dates(e), e.note(), e.status().name().toLowerCase(), e.status().open(), e.createdBy())).toList();
    }

    /** The form's lists: active types, clinicians and locations (value to label). */
    void choices(Model model) {
        model.addAttribute("typeOptions", names(directory.types().stream().filter(t -> t.active())
                .map(t -> Map.entry(t.id(), t.name())).toList()));
        model.addAttribute("clinicianOptions", names(directory.clinicians().stream()
                .map(c -> Map.entry(c.id(), c.name())).toList()));
        model.addAttribute("locationOptions", names(directory.locations().stream()
                .map(l -> Map.entry(l.id(), l.name() + " (" + l.zone().getId() + ")")).toList()));
        model.addAttribute("days", java.time.DayOfWeek.values());
    }

    private static String dates(WaitlistEntry e) {
        if (e.fromDate() == null && e.toDate() == null) {
            return "Any date";
        }
        return (e.fromDate() == null ? "now" : e.fromDate().toString()) + " to "
                + (e.toDate() == null ? "any date" : e.toDate().toString());
    }

    private static Map<UUID, String> names(List<Map.Entry<UUID, String>> entries) {
        var names = new LinkedHashMap<UUID, String>();
        entries.forEach(e -> names.put(e.getKey(), e.getValue()));
        return names;
    }
}
