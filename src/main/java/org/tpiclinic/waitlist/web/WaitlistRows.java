package org.tpiclinic.waitlist.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tpiclinic.shared.Choices;
import org.tpiclinic.scheduling.AppointmentType;
import org.tpiclinic.scheduling.Clinician;
import org.tpiclinic.scheduling.Location;
import org.tpiclinic.scheduling.SchedulingDirectory;
import org.tpiclinic.scheduling.Slot;
import org.tpiclinic.waitlist.WaitlistEntry;
import org.tpiclinic.waitlist.TimeWindow;
import org.tpiclinic.waitlist.WaitlistOffer;

/** Entries as the pages show them (names instead of ids), and the choices the waitlist form offers. */
@Component
class WaitlistRows {

    /** @param offer the time an open offer holds and with whom, {@code offerUntil} when it runs out; else null */
    record Row(UUID id, UUID patientId, String type, String clinician, String location, String windows,
            String dates, String note, String status, boolean open, String createdBy, String offer,
            String offerUntil) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.US);
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("EEE d MMM, h:mm a zzz", Locale.US);

    private final SchedulingDirectory directory;

    WaitlistRows(SchedulingDirectory directory) {
        this.directory = directory;
    }

    List<Row> rows(List<WaitlistEntry> entries) {
        return rows(entries, Map.of());
    }

    /** The entries, each with the open offer it holds (from {@code held}, by entry id) if any. */
    List<Row> rows(List<WaitlistEntry> entries, Map<UUID, WaitlistOffer> held) {
        // The practice's set-up read once per page, not once per row.
        var known = new Known(byId(directory.types(), AppointmentType::id),
                byId(directory.clinicians(), Clinician::id), byId(directory.locations(), Location::id));
        return entries.stream().map(e -> row(e, held.get(e.id()), known)).toList();
    }

    private record Known(Map<UUID, AppointmentType> types, Map<UUID, Clinician> clinicians,
            Map<UUID, Location> locations) {
    }

    private static <T> Map<UUID, T> byId(List<T> all, Function<T, UUID> id) {
        return all.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    private Row row(WaitlistEntry e, WaitlistOffer offer, Known known) {
        String offered = null;
        String until = null;
        if (offer != null) {
            var location = known.locations().get(offer.locationId());
            var end = offer.startAt().plus(known.types().get(offer.typeId()).duration());
            offered = new Slot(offer.clinicianId(), offer.locationId(), offer.typeId(), offer.startAt(), end,
                    location.zone()).label() + ", " + known.clinicians().get(offer.clinicianId()).name() + ", "
                    + location.name();
            until = UNTIL.format(offer.expiresAt().atZone(location.zone()));
        }
        return new Row(e.id(), e.patientId(), known.types().get(e.typeId()).name(),
                e.clinicianId() == null ? "Any clinician" : known.clinicians().get(e.clinicianId()).name(),
                e.locationId() == null ? "Any location" : known.locations().get(e.locationId()).name(),
                e.windows().isEmpty() ? "Any time" : e.windows().stream().map(TimeWindow::label)
                        .collect(Collectors.joining("; ")),
                dates(e), e.note(), e.status().name(), e.status().open(), e.createdBy(), offered,
                until);
    }

    /** The form's lists: active types, clinicians and locations (value to label). */
    void choices(Model model) {
        model.addAttribute("typeOptions", Choices.of(directory.types().stream().filter(t -> t.active()).toList(),
                t -> t.id(), t -> t.name()));
        model.addAttribute("clinicianOptions", Choices.of(directory.clinicians(), c -> c.id(), c -> c.name()));
        model.addAttribute("locationOptions", Choices.of(directory.locations(), l -> l.id(),
                l -> l.name() + " (" + l.zone().getId() + ")"));
        model.addAttribute("days", java.time.DayOfWeek.values());
    }

    private static String dates(WaitlistEntry e) {
        if (e.fromDate() == null && e.toDate() == null) {
            return "Any date";
        }
        return (e.fromDate() == null ? "From now" : "From " + DAY.format(e.fromDate())) + " to "
                + (e.toDate() == null ? "any date" : DAY.format(e.toDate()));
    }
}
