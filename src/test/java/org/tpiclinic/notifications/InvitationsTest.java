package org.tpiclinic.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvitationsTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");

    @ParameterizedTest
    @CsvSource({
            "2026-03-08T10:00, 2026-03-08T14:00:00Z", // the day clocks go forward: EDT, UTC-4
            "2026-11-01T10:00, 2026-11-01T15:00:00Z", // the day clocks go back: EST, UTC-5
            "2026-07-15T10:00, 2026-07-15T14:00:00Z",
            "2026-01-20T10:00, 2026-01-20T15:00:00Z" })
    void tenInTheMorningInNewYorkParsesBackToTheRightInstant(LocalDateTime local, Instant utc) {
        Instant start = local.atZone(NEW_YORK).toInstant();
        assertThat(start).isEqualTo(utc);

        String ics = Invitations.write(invitation(start, NEW_YORK, 0, false));

        assertThat(ics).contains("DTSTART;TZID=America/New_York:" + local.toString().replace("-", "")
                .replace(":", "") + "00");
        ICalendar parsed = Biweekly.parse(ics).first();
        VEvent event = parsed.getEvents().get(0);
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(utc);
        assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(utc.plus(Duration.ofMinutes(45)));
        // The instant came from our VTIMEZONE, which the parser used to resolve the TZID.
        assertThat(parsed.getTimezoneInfo().getTimezoneById("America/New_York")).isNotNull();
        assertThat(parsed.getTimezoneInfo().getTimezoneById("America/New_York").getComponent()).isNotNull();
    }

    @Test
    void newYorkGetsStandardAndDaylightObservancesWithTheirOffsets() {
        String ics = Invitations.write(invitation(Instant.parse("2026-03-08T14:00:00Z"), NEW_YORK, 0, false));

        VTimezone zone = Biweekly.parse(ics).first().getTimezoneInfo().getComponents().iterator().next();
        assertThat(zone.getTimezoneId().getValue()).isEqualTo("America/New_York");
        assertThat(zone.getDaylightSavingsTime()).isNotEmpty();
        assertThat(zone.getStandardTimes()).isNotEmpty();
        assertThat(ics).contains("BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
                "DTSTART:20260308T020000", "DTSTART:20261101T020000", "TZNAME:EST");
    }

    @Test
    void phoenixHasNoDaylightSavingSoOnlyAStandardObservance() {
        Instant start = LocalDateTime.parse("2026-07-15T10:00").atZone(PHOENIX).toInstant();
        String ics = Invitations.write(invitation(start, PHOENIX, 0, false));

        ICalendar parsed = Biweekly.parse(ics).first();
        VTimezone zone = parsed.getTimezoneInfo().getComponents().iterator().next();
        assertThat(zone.getDaylightSavingsTime()).isEmpty();
        assertThat(zone.getStandardTimes()).hasSize(1);
        assertThat(ics).doesNotContain("BEGIN:DAYLIGHT").contains("TZOFFSETTO:-0700", "TZNAME:MST");
        assertThat(parsed.getEvents().get(0).getDateStart().getValue().toInstant())
                .isEqualTo(Instant.parse("2026-07-15T17:00:00Z"));
    }

    @Test
    void aCancellationKeepsTheUidAndRaisesTheSequence() {
        Instant start = Instant.parse("2026-05-04T14:00:00Z");
        ICalendar booked = Biweekly.parse(Invitations.write(invitation(start, NEW_YORK, 0, false))).first();
        String cancelledIcs = Invitations.write(invitation(start, NEW_YORK, 2, true));
        ICalendar cancelled = Biweekly.parse(cancelledIcs).first();

        assertThat(booked.getMethod().getValue()).isEqualTo("REQUEST");
        assertThat(cancelled.getMethod().getValue()).isEqualTo("CANCEL");
        assertThat(cancelled.getEvents().get(0).getUid().getValue())
                .isEqualTo(booked.getEvents().get(0).getUid().getValue());
        assertThat(cancelled.getEvents().get(0).getSequence().getValue()).isEqualTo(2);
        assertThat(cancelledIcs).contains("STATUS:CANCELLED");
    }

    @Test
    void longTextWithAccentsAndSeparatorsIsFoldedWithoutSplittingACharacterAndParsesBack() {
        String summary = "Sesión de inyección en el músculo trapecio; traiga su lista, por favor \\ gracias "
                + "ñandú ✓ ".repeat(6);
        var invitation = new Invitation("uid-1@tpiclinic", 1, false, Instant.parse("2026-05-04T14:00:00Z"),
                Duration.ofMinutes(30), NEW_YORK, summary, "Line one\nLine two", "Bay Shore, 120 Harbor Road",
                "Blue Point, Inc.", "appointments@bluepoint.test", "Ana \"Annie\" López", "ana@example.com");

        String ics = Invitations.write(invitation);

        assertThat(ics.split("\r\n")).allSatisfy(line -> assertThat(
                line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        VEvent event = Biweekly.parse(ics).first().getEvents().get(0);
        assertThat(event.getSummary().getValue()).isEqualTo(summary);
        assertThat(event.getDescription().getValue()).isEqualTo("Line one\nLine two");
        assertThat(event.getOrganizer().getCommonName()).isEqualTo("Blue Point, Inc.");
        assertThat(event.getAttendees().get(0).getCommonName()).isEqualTo("Ana 'Annie' López");
        assertThat(event.getSequence().getValue()).isEqualTo(1);
    }

    @Test
    void textValuesAreEscapedAndControlCharactersDropped() {
        var invitation = new Invitation("uid-2@tpiclinic", 0, false, Instant.parse("2026-05-04T14:00:00Z"),
                Duration.ofMinutes(30), NEW_YORK, "A; B, C \\ D\u0007E", "one\r\ntwo", "Room 1, floor 2",
                "Blue Point", "appointments@bluepoint.test", "Ana", "ana@example.com");

        String ics = Invitations.write(invitation);

        assertThat(ics).contains("SUMMARY:A\\; B\\, C \\\\ D E\r\n", "DESCRIPTION:one\\ntwo\r\n",
                "LOCATION:Room 1\\, floor 2\r\n").doesNotContain("\u0007");
    }

    static Invitation invitation(Instant start, ZoneId zone, int sequence, boolean cancelled) {
        return new Invitation(UUID.nameUUIDFromBytes(new byte[] { 1 }) + "@tpiclinic", sequence, cancelled, start,
                Duration.ofMinutes(45), zone, "Consultation with Dr. Reyes", "Bring your medication list",
                "Bay Shore, 120 Harbor Road", "Blue Point", "appointments@bluepoint.test", "Ana Lopez",
                "ana@example.com");
    }
}
