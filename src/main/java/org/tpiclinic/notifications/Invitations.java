package org.tpiclinic.notifications;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.parameter.ParticipationStatus;
import biweekly.parameter.Role;
import biweekly.property.Attendee;
import biweekly.property.Organizer;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.UtcOffset;

/**
 * Writes an {@link Invitation} as an iCalendar file (RFC 5545, {@code METHOD:REQUEST} or {@code CANCEL}).
 * <p>
 * DTSTART and DTEND carry {@code TZID=<IANA zone>} and the file includes a VTIMEZONE for that zone, generated
 * from the JDK's time-zone rules: every offset change from the year before the event to the year after it, each
 * as its own STANDARD or DAYLIGHT observance. Strict clients (Outlook) need the VTIMEZONE to place the event.
 */
public final class Invitations {

    private static final String PRODUCT_ID = "-//TPI Clinic//Appointments//EN";

    private Invitations() {
    }

    /** The .ics text of the invitation (CRLF line endings, folded as the standard requires). */
    public static String write(Invitation invitation) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId(PRODUCT_ID);
        calendar.setMethod(invitation.cancelled() ? "CANCEL" : "REQUEST");
        calendar.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(
                TimeZone.getTimeZone(invitation.zone()), vtimezone(invitation.zone(), invitation.start())));
        calendar.addEvent(event(invitation));
        return Biweekly.write(calendar).go();
    }

    private static VEvent event(Invitation invitation) {
        VEvent event = new VEvent();
        event.setUid(invitation.uid());
        event.setSequence(invitation.sequence());
        event.setDateTimeStamp(Date.from(Instant.now()));
        event.setDateStart(Date.from(invitation.start()));
        event.setDateEnd(Date.from(invitation.start().plus(invitation.duration())));
        event.setSummary(invitation.summary());
        event.setDescription(invitation.description());
        event.setLocation(invitation.location());
        event.setStatus(invitation.cancelled() ? Status.cancelled() : Status.confirmed());
        event.setOrganizer(new Organizer(invitation.organizerName(), invitation.organizerEmail()));
        Attendee attendee = new Attendee(invitation.attendeeName(), invitation.attendeeEmail());
        attendee.setRole(Role.ATTENDEE);
        attendee.setParticipationStatus(invitation.cancelled() ? ParticipationStatus.DECLINED
                : ParticipationStatus.NEEDS_ACTION);
        event.addAttendee(attendee);
        return event;
    }

    /**
     * A VTIMEZONE for the zone around the event: the observance in force a year before it, then each transition
     * up to a year after it. A zone without transitions (America/Phoenix) gets one STANDARD observance.
     */
    static VTimezone vtimezone(ZoneId zone, Instant around) {
        ZoneRules rules = zone.getRules();
        int year = around.atZone(zone).getYear();
        Instant windowStart = LocalDateTime.of(year - 1, 1, 1, 0, 0).atZone(zone).toInstant();
        Instant windowEnd = LocalDateTime.of(year + 2, 1, 1, 0, 0).atZone(zone).toInstant();

        VTimezone component = new VTimezone(zone.getId());
        ZoneOffsetTransition before = rules.previousTransition(windowStart);
        if (before == null) {
            ZoneOffset offset = rules.getOffset(windowStart);
            component.addStandardTime(observance(new StandardTime(), LocalDateTime.of(1970, 1, 1, 0, 0), offset,
                    offset, zone, windowStart));
        } else {
            add(component, observance(before, rules, zone));
        }
        List<ZoneOffsetTransition> inWindow = new ArrayList<>();
        for (ZoneOffsetTransition t = rules.nextTransition(windowStart); t != null
                && t.getInstant().isBefore(windowEnd); t = rules.nextTransition(t.getInstant())) {
            inWindow.add(t);
        }
        inWindow.forEach(t -> add(component, observance(t, rules, zone)));
        return component;
    }

    private static void add(VTimezone component, Observance observance) {
        if (observance instanceof DaylightSavingsTime daylight) {
            component.addDaylightSavingsTime(daylight);
        } else {
            component.addStandardTime((StandardTime) observance);
        }
    }

    private static Observance observance(ZoneOffsetTransition transition, ZoneRules rules, ZoneId zone) {
        Observance kind = rules.isDaylightSavings(transition.getInstant()) ? new DaylightSavingsTime()
                : new StandardTime();
        return observance(kind, transition.getDateTimeBefore(), transition.getOffsetBefore(),
                transition.getOffsetAfter(), zone, transition.getInstant());
    }

    private static <T extends Observance> T observance(T observance, LocalDateTime start, ZoneOffset from,
            ZoneOffset to, ZoneId zone, Instant at) {
        observance.setDateStart(new DateTimeComponents(start.getYear(), start.getMonthValue(),
                start.getDayOfMonth(), start.getHour(), start.getMinute(), start.getSecond(), false));
        observance.setTimezoneOffsetFrom(new UtcOffset(from.getTotalSeconds() * 1000L));
        observance.setTimezoneOffsetTo(new UtcOffset(to.getTotalSeconds() * 1000L));
        observance.addTimezoneName(DateTimeFormatter.ofPattern("zzz", Locale.US).format(at.atZone(zone)));
        return observance;
    }
}
