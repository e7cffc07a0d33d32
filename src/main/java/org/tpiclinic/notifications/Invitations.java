package org.tpiclinic.notifications;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes an {@link Invitation} as an iCalendar file (RFC 5545, {@code METHOD:REQUEST} or {@code CANCEL}).
 * <p>
 * DTSTART and DTEND carry {@code TZID=<IANA zone>} and the file includes a VTIMEZONE for that zone, generated
 * from the JDK's time-zone rules: every offset change from the year before the event to the year after it, each
 * as its own STANDARD or DAYLIGHT observance. Strict clients (Outlook) need the VTIMEZONE to place the event.
 * <p>
 * Written directly rather than through an iCalendar library: every booking writes one, and the library's
 * object model cost more than the rest of the booking (docs/benchmarks.md). Tests parse the output with one.
 */
public final class Invitations {

    private static final String PRODUCT_ID = "-//TPI Clinic//Appointments//EN";
    private static final String CRLF = "\r\n";
    private static final int LINE_OCTETS = 75;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.US);
    /** VTIMEZONE text per zone and year: the same for every appointment there that year. */
    private static final Map<String, String> TIMEZONES = new ConcurrentHashMap<>();

    private Invitations() {
    }

    /** The .ics text of the invitation (CRLF line endings, folded as the standard requires). */
    public static String write(Invitation invitation) {
        var ics = new StringBuilder(2048);
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:" + PRODUCT_ID);
        line(ics, "METHOD:" + (invitation.cancelled() ? "CANCEL" : "REQUEST"));
        ics.append(vtimezone(invitation.zone(), invitation.start()));
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + text(invitation.uid()));
        line(ics, "SEQUENCE:" + invitation.sequence());
        line(ics, "DTSTAMP:" + UTC.format(Instant.now()));
        line(ics, "DTSTART;TZID=" + invitation.zone().getId() + ":" + local(invitation.start(), invitation.zone()));
        line(ics, "DTEND;TZID=" + invitation.zone().getId() + ":"
                + local(invitation.start().plus(invitation.duration()), invitation.zone()));
        optional(ics, "SUMMARY:", invitation.summary());
        optional(ics, "DESCRIPTION:", invitation.description());
        optional(ics, "LOCATION:", invitation.location());
        line(ics, "STATUS:" + (invitation.cancelled() ? "CANCELLED" : "CONFIRMED"));
        line(ics, "ORGANIZER" + commonName(invitation.organizerName()) + ":mailto:" + invitation.organizerEmail());
        line(ics, "ATTENDEE;ROLE=ATTENDEE;PARTSTAT=" + (invitation.cancelled() ? "DECLINED" : "NEEDS-ACTION")
                + commonName(invitation.attendeeName()) + ":mailto:" + invitation.attendeeEmail());
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /**
     * A VTIMEZONE for the zone around the event: the observance in force a year before it, then each transition
     * up to a year after it. A zone without transitions (America/Phoenix) gets one STANDARD observance.
     */
    static String vtimezone(ZoneId zone, Instant around) {
        int year = around.atZone(zone).getYear();
        return TIMEZONES.computeIfAbsent(zone.getId() + " " + year, key -> vtimezone(zone, year));
    }

    private static String vtimezone(ZoneId zone, int year) {
        ZoneRules rules = zone.getRules();
        Instant windowStart = LocalDateTime.of(year - 1, 1, 1, 0, 0).atZone(zone).toInstant();
        Instant windowEnd = LocalDateTime.of(year + 2, 1, 1, 0, 0).atZone(zone).toInstant();
        var out = new StringBuilder(1024);
        line(out, "BEGIN:VTIMEZONE");
        line(out, "TZID:" + zone.getId());
        ZoneOffsetTransition before = rules.previousTransition(windowStart);
        if (before == null) {
            ZoneOffset offset = rules.getOffset(windowStart);
            observance(out, false, LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset, zone, windowStart);
        } else {
            observance(out, before, rules, zone);
        }
        for (ZoneOffsetTransition t = rules.nextTransition(windowStart); t != null
                && t.getInstant().isBefore(windowEnd); t = rules.nextTransition(t.getInstant())) {
            observance(out, t, rules, zone);
        }
        line(out, "END:VTIMEZONE");
        return out.toString();
    }

    private static void observance(StringBuilder out, ZoneOffsetTransition t, ZoneRules rules, ZoneId zone) {
        observance(out, rules.isDaylightSavings(t.getInstant()), t.getDateTimeBefore(), t.getOffsetBefore(),
                t.getOffsetAfter(), zone, t.getInstant());
    }

    private static void observance(StringBuilder out, boolean daylight, LocalDateTime start, ZoneOffset from,
            ZoneOffset to, ZoneId zone, Instant at) {
        String kind = daylight ? "DAYLIGHT" : "STANDARD";
        line(out, "BEGIN:" + kind);
        line(out, "DTSTART:" + LOCAL.format(start));
        line(out, "TZOFFSETFROM:" + offset(from));
        line(out, "TZOFFSETTO:" + offset(to));
        line(out, "TZNAME:" + text(ZONE_NAME.format(at.atZone(zone))));
        line(out, "END:" + kind);
    }

    /** -0500, +0530 (seconds, which no zone in use has, are dropped). */
    private static String offset(ZoneOffset offset) {
        int minutes = Math.abs(offset.getTotalSeconds()) / 60;
        return String.format(Locale.ROOT, "%s%02d%02d", offset.getTotalSeconds() < 0 ? "-" : "+", minutes / 60,
                minutes % 60);
    }

    private static String local(Instant instant, ZoneId zone) {
        return LOCAL.format(instant.atZone(zone));
    }

    private static void optional(StringBuilder out, String name, String value) {
        if (value != null && !value.isEmpty()) {
            line(out, name + text(value));
        }
    }

    /** {@code ;CN=...}, quoted when it holds a separator; a parameter value cannot hold a double quote at all. */
    private static String commonName(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String value = name.replace('"', '\'').replaceAll("[\\p{Cntrl}]", " ");
        return ";CN=" + (value.matches(".*[:;,].*") ? "\"" + value + "\"" : value);
    }

    /** TEXT escaping: backslash, semicolon, comma and line breaks; other control characters are not allowed. */
    private static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n").replaceAll("[\\p{Cntrl}&&[^\\t]]", " ");
    }

    /** Appends one content line, folded after 75 octets without splitting a character. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (octets + size > LINE_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
