package org.tpiclinic.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionOperations;
import org.tpiclinic.TestSmtp;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.notifications.Outbox;
import org.tpiclinic.notifications.OutboxTestDispatch;
import org.tpiclinic.patients.PatientDetails;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.patients.Sex;
import org.tpiclinic.scheduling.AppointmentDesk;
import org.tpiclinic.scheduling.AppointmentType;
import org.tpiclinic.scheduling.AppointmentTypes;
import org.tpiclinic.scheduling.Availability;
import org.tpiclinic.scheduling.BookingRequest;
import org.tpiclinic.scheduling.Bookings;
import org.tpiclinic.scheduling.Clinician;
import org.tpiclinic.scheduling.Clinicians;
import org.tpiclinic.scheduling.Location;
import org.tpiclinic.scheduling.Locations;
import org.tpiclinic.shared.LinkExpiredException;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * The waitlist end to end: entries added by staff and patients, offers made when an appointment is cancelled
 * or moved (earliest matching entries first, at most {@code offers-per-slot}), the offer email over real SMTP
 * (GreenMail), first confirmation wins (also when two confirm at the same instant), expiry, bad input and who
 * may do what. Each test has its own type, location and clinician, so tests do not match each other's entries.
 */
@SpringBootTest(properties = { "tpi.notifications.scheduled=false", "tpi.waitlist.offers-per-slot=2",
        "tpi.waitlist.offer-validity=2h" })
@AutoConfigureMockMvc
class WaitlistTests {

    static final int SMTP_PORT = TestSmtp.freePort();
    static final ZoneId ZONE = ZoneId.of("America/Chicago");
    static final CurrentUser DESK = new CurrentUser(UUID.randomUUID(), "desk", "Desk", Role.FRONT_DESK, null);
    static final CurrentUser BILLING = new CurrentUser(UUID.randomUUID(), "bill", "Bill", Role.BILLING, null);
    static final Pattern LINK = Pattern.compile("http://localhost:8080(/waitlist/offers/[A-Za-z0-9_-]+)");

    @RegisterExtension
    static final GreenMailExtension greenMail = TestSmtp.server(SMTP_PORT);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        TestSmtp.pointMailAt(registry, SMTP_PORT);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Outbox outbox;
    @Autowired
    ApplicationContext context;
    @Autowired
    Locations locations;
    @Autowired
    Clinicians clinicians;
    @Autowired
    Availability availability;
    @Autowired
    AppointmentTypes types;
    @Autowired
    PatientRegistry patients;
    @Autowired
    Bookings bookings;
    @Autowired
    AppointmentDesk desk;
    @Autowired
    Waitlist waitlist;
    @Autowired
    WaitlistOfferDesk offers;
    @Autowired
    java.time.Clock clock;
    @Autowired
    WaitlistOffers offerTable;
    @Autowired
    OfferOutcomes outcomes;
    @Autowired
    WaitlistMatcher matcher;
    @Autowired
    TransactionOperations transactions;

    UUID type;
    UUID location;
    UUID clinician;

    @BeforeEach
    void practice() {
        String code = "WL_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        type = types.save(AppointmentType.define(code, new AppointmentType.Rules("Waitlist visit " + code, 30, 0,
                true, 0, 90, 24))).id();
        location = locations.save(Location.open("Waitlist " + code, "2 Lake St", "(312) 555-0100", ZONE)).id();
        clinician = clinicians.save(Clinician.of(UUID.randomUUID(), "Dr. Wait " + code, Set.of(type))).id();
        for (var day : DayOfWeek.values()) {
            availability.addHours(clinician, location, day, LocalTime.of(8, 0), LocalTime.of(18, 0));
        }
    }

    Instant at(int days, LocalTime time) {
        return LocalDate.now(clock.withZone(ZONE)).plusDays(days).atTime(time).atZone(ZONE).toInstant();
    }

    UUID patient(String family) {
        return patients.register(CurrentUser.system("test"), new PatientDetails("Pat", family, null,
                LocalDate.of(1970, 5, 5), Sex.FEMALE, null, family.toLowerCase() + "@example.com", null, null, null,
                null, null, null, null), true).registered().id();
    }

    static String family(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    UUID waiting(UUID patientId, List<TimeWindow> windows) {
        return waitlist.add(DESK, patientId, new WaitlistRequest(type, null, null, windows, null, null, null)).id();
    }

    /** Books someone at {@code start} and cancels it, which frees the time. */
    void freeUp(Instant start) {
        var holder = patient(family("Holder"));
        var booked = bookings.book(DESK, new BookingRequest(holder, clinician, location, type, start,
                UUID.randomUUID().toString()));
        desk.cancel(DESK, booked.id(), "Patient is travelling");
    }

    String entryStatus(UUID entry) {
        return jdbc.sql("SELECT status FROM waitlist_entries WHERE id = ?").param(entry).query(String.class).single();
    }

    List<UUID> offeredEntries() {
        return jdbc.sql("SELECT o.entry_id FROM waitlist_offers o JOIN waitlist_entries e ON e.id = o.entry_id"
                + " WHERE e.type_id = ? ORDER BY o.created_at, e.created_at, e.id").param(type).query(UUID.class).list();
    }

    /** Waits for the offers the after-commit listener makes, then reads each offer's link from its email. */
    List<String> awaitOffers(int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (offeredEntries().size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        var ids = jdbc.sql("SELECT o.id FROM waitlist_offers o JOIN waitlist_entries e ON e.id = o.entry_id"
                + " WHERE e.type_id = ? ORDER BY o.created_at, e.created_at, e.id").param(type).query(UUID.class).list();
        assertThat(ids).hasSize(count);
        var links = new ArrayList<String>();
        for (var id : ids) {
            String key = "waitlist:" + id + ":offer";
            while (outbox.findByDedupeKey(key).isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            var matcher = LINK.matcher(outbox.findByDedupeKey(key).orElseThrow().textBody());
            assertThat(matcher.find()).isTrue();
            links.add(matcher.group(1));
        }
        return links;
    }

    /** The sweep as it runs {@code later} than now (the application's clock moved on). */
    List<WaitlistOffer> sweepAfter(Duration later) {
        return new WaitlistSweep(offerTable, outcomes, matcher, transactions, Clock.offset(clock, later)).sweep()
                .stream().filter(o -> o.typeId().equals(type)).toList();
    }

    String offerStatus(UUID entry) {
        return jdbc.sql("SELECT status FROM waitlist_offers WHERE entry_id = ?").param(entry).query(String.class)
                .single();
    }

    long bookedAt(Instant start) {
        return jdbc.sql("SELECT COUNT(*) FROM appointments WHERE clinician_id = ? AND start_at = ? AND status <> 'CANCELLED'")
                .params(clinician, start.atOffset(ZoneOffset.UTC)).query(Long.class).single();
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(r -> {
            r.setRemoteAddr("wl-" + UUID.randomUUID()); // one address per request: the public limit stays out of the way
            return r;
        })).andReturn().getResponse();
    }

    @Test
    void aCancelledTimeIsOfferedToTheEarliestMatchingEntriesAndTheFirstToConfirmGetsIt() throws Exception {
        var start = at(3, LocalTime.of(10, 0));
        var mornings = List.of(new TimeWindow(Set.of(DayOfWeek.values()), LocalTime.of(8, 0), LocalTime.of(12, 0)));
        var afternoons = List.of(new TimeWindow(Set.of(DayOfWeek.values()), LocalTime.of(13, 0), LocalTime.of(17, 0)));
        var first = waiting(patient(family("First")), mornings);
        var notMatching = waiting(patient(family("Afternoon")), afternoons);
        var second = waiting(patient(family("Second")), List.of());
        var third = waiting(patient(family("Third")), mornings);

        OutboxTestDispatch.dispatchDue(context);
        greenMail.purgeEmailFromAllMailboxes();
        freeUp(start);
        var links = awaitOffers(2);
        assertThat(offeredEntries()).containsExactly(first, second); // earliest first, at most two
        assertThat(entryStatus(third)).isEqualTo("WAITING");
        assertThat(entryStatus(notMatching)).isEqualTo("WAITING");

        OutboxTestDispatch.dispatchDue(context);
        var firstEmail = jdbc.sql("SELECT email FROM patients WHERE id = (SELECT patient_id FROM waitlist_entries"
                + " WHERE id = ?)").param(first).query(String.class).single();
        long deadline = System.currentTimeMillis() + 5000;
        jakarta.mail.internet.MimeMessage offerMail = null;
        while (offerMail == null && System.currentTimeMillis() < deadline) {
            for (var m : greenMail.getReceivedMessages()) {
                if (m.getSubject().startsWith("A time is free for you")
                        && m.getAllRecipients()[0].toString().equals(firstEmail)) {
                    offerMail = m;
                }
            }
            Thread.sleep(50);
        }
        assertThat(offerMail).as("offer email to the first patient over SMTP").isNotNull();
        assertThat(TestSmtp.plainText(offerMail)).contains("http://localhost:8080" + links.get(0))
                .containsPattern("10:00 AM C[SD]T");

        var page = perform(get(links.get(0)));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Confirm this time").containsPattern("10:00 AM C[SD]T")
                .contains("America/Chicago");

        var confirmed = perform(post(links.get(0)).with(csrf()));
        var again = perform(post(links.get(0)).with(csrf())); // a double click
        assertThat(confirmed.getRedirectedUrl()).isEqualTo(links.get(0));
        assertThat(again.getRedirectedUrl()).isEqualTo(links.get(0));
        assertThat(bookedAt(start)).isEqualTo(1);
        assertThat(perform(get(links.get(0))).getContentAsString()).contains("Your appointment is booked");
        assertThat(entryStatus(first)).isEqualTo("BOOKED");

        var late = perform(post(links.get(1)).with(csrf()));
        assertThat(late.getStatus()).isEqualTo(409);
        assertThat(late.getContentAsString()).contains("This time was just taken").contains("still on the waitlist");
        assertThat(entryStatus(second)).isEqualTo("WAITING");
        assertThat(bookedAt(start)).isEqualTo(1);
    }

    @Test
    void aRescheduleFreesTheOldTimeAndAChosenClinicianOrLocationIsRespected() throws Exception {
        var start = at(4, LocalTime.of(9, 0));
        var holder = patient(family("Mover"));
        var elsewhere = waitlist.add(DESK, patient(family("Elsewhere")), new WaitlistRequest(type, null,
                locations.save(Location.open("Other " + UUID.randomUUID(), "x", "5550100", ZONE)).id(), List.of(),
                null, null, null)).id();
        var here = waitlist.add(DESK, patient(family("Here")), new WaitlistRequest(type, clinician, location,
                List.of(), null, null, null)).id();
        var booked = bookings.book(DESK, new BookingRequest(holder, clinician, location, type, start,
                UUID.randomUUID().toString()));
        bookings.reschedule(DESK, booked.id(), null, at(5, LocalTime.of(9, 0)));
        awaitOffers(1);
        assertThat(offeredEntries()).containsExactly(here);
        assertThat(entryStatus(elsewhere)).isEqualTo("WAITING");
    }

    @Test
    void theSweepExpiresOffersThatRanOutAndOffersTheTimeToTheNextWaitingEntries() throws Exception {
        var start = at(8, LocalTime.of(10, 30));
        var first = waiting(patient(family("SweepA")), List.of());
        var second = waiting(patient(family("SweepB")), List.of());
        var third = waiting(patient(family("SweepC")), List.of());
        var fourth = waiting(patient(family("SweepD")), List.of());
        var fifth = waiting(patient(family("SweepE")), List.of());
        freeUp(start);
        awaitOffers(2);
        assertThat(offeredEntries()).containsExactly(first, second);

        assertThat(sweepAfter(Duration.ofMinutes(119))).isEmpty(); // not run out yet
        assertThat(List.of(offerStatus(first), entryStatus(first))).containsExactly("OPEN", "OFFERED");

        var again = sweepAfter(Duration.ofMinutes(121));
        assertThat(again).extracting(WaitlistOffer::entryId).containsExactly(third, fourth);
        assertThat(again).allSatisfy(o -> assertThat(o.startAt()).isEqualTo(start));
        assertThat(List.of(offerStatus(first), offerStatus(second))).containsOnly("EXPIRED");
        assertThat(List.of(entryStatus(first), entryStatus(second), entryStatus(fifth))).containsOnly("WAITING");
        assertThat(List.of(entryStatus(third), entryStatus(fourth))).containsOnly("OFFERED");
        var firstPatient = jdbc.sql("SELECT patient_id FROM waitlist_entries WHERE id = ?").param(first)
                .query(UUID.class).single();
        assertThat(jdbc.sql("SELECT username FROM audit_entries WHERE patient_id = ? AND target LIKE ?")
                .params(firstPatient, "waitlist entry " + first + " waits again (offer % expired)")
                .query(String.class).list()).containsExactly("waitlist");
        awaitOffers(4); // the new offers are emailed like the first ones

        assertThat(sweepAfter(Duration.ofMinutes(121))).isEmpty(); // a second run (or node) finds nothing due
        assertThat(offeredEntries()).hasSize(4);
    }

    @Test
    void withdrawingAnEntryThatHoldsAnOfferClosesItAndOffersTheTimeToTheNext() throws Exception {
        var start = at(8, LocalTime.of(13, 0));
        var first = waiting(patient(family("LeaveA")), List.of());
        var second = waiting(patient(family("LeaveB")), List.of());
        var third = waiting(patient(family("LeaveC")), List.of());
        freeUp(start);
        awaitOffers(2);
        assertThat(entryStatus(third)).isEqualTo("WAITING");

        waitlist.withdraw(DESK, first);
        assertThat(List.of(offerStatus(first), entryStatus(first))).containsExactly("CLOSED", "WITHDRAWN");
        assertThat(List.of(offerStatus(third), entryStatus(third))).containsExactly("OPEN", "OFFERED");
        awaitOffers(3);
        assertThat(offeredEntries()).containsExactly(first, second, third);
        waitlist.withdraw(DESK, first); // twice is harmless
        assertThat(offeredEntries()).hasSize(3);
    }

    @Test
    void anOfferRunsOutWhenItsTimeBeginsIfThatIsSooner() {
        var start = at(3, LocalTime.of(16, 0));
        var soon = waiting(patient(family("Soon")), List.of());
        var made = transactions.execute(tx -> matcher.freed(clinician, location, start,
                start.minus(Duration.ofMinutes(30))));
        assertThat(made).singleElement().satisfies(o -> assertThat(o.expiresAt()).isEqualTo(start));
        assertThat(offerTable.forEntry(soon)).singleElement().satisfies(o -> assertThat(o.expiresAt()).isEqualTo(start));

        waiting(patient(family("Early")), List.of());
        var now = start.minus(Duration.ofHours(5));
        var later = transactions.execute(tx -> matcher.freed(clinician, location, start.plus(Duration.ofHours(1)), now));
        assertThat(later).singleElement().satisfies(o -> assertThat(o.expiresAt()).isEqualTo(now.plus(Duration.ofHours(2))));
    }

    @Test
    void theSweepOffersNothingWhenTheTimeWasBookedMeanwhile() throws Exception {
        var start = at(9, LocalTime.of(15, 0));
        var first = waiting(patient(family("GoneA")), List.of());
        waiting(patient(family("GoneB")), List.of());
        var third = waiting(patient(family("GoneC")), List.of());
        freeUp(start);
        awaitOffers(2);
        bookings.book(DESK, new BookingRequest(patient(family("Walkin")), clinician, location, type, start,
                UUID.randomUUID().toString()));

        assertThat(sweepAfter(Duration.ofHours(3))).isEmpty();
        assertThat(offerStatus(first)).isEqualTo("EXPIRED");
        assertThat(List.of(entryStatus(first), entryStatus(third))).containsOnly("WAITING");
    }

    @Test
    void aRescheduleToAnotherClinicianOffersTheOldClinicianTimeAndTheDeskSeesTheOffer() throws Exception {
        var start = at(10, LocalTime.of(9, 30));
        var other = clinicians.save(Clinician.of(UUID.randomUUID(), "Dr. Other " + type, Set.of(type))).id();
        for (var day : DayOfWeek.values()) {
            availability.addHours(other, location, day, LocalTime.of(8, 0), LocalTime.of(18, 0));
        }
        var family = family("Swap");
        var entry = waiting(patient(family), List.of());
        var booked = bookings.book(DESK, new BookingRequest(patient(family("Holder")), clinician, location, type,
                start, UUID.randomUUID().toString()));
        bookings.reschedule(DESK, booked.id(), other, start); // same time, another clinician
        awaitOffers(1);
        var offer = jdbc.sql("SELECT clinician_id, start_at, expires_at FROM waitlist_offers WHERE entry_id = ?")
                .param(entry).query((rs, n) -> List.of(rs.getObject(1, UUID.class),
                        rs.getObject(2, java.time.OffsetDateTime.class).toInstant(),
                        rs.getObject(3, java.time.OffsetDateTime.class).toInstant())).single();
        assertThat(offer.subList(0, 2)).containsExactly(clinician, start);

        var until = java.time.format.DateTimeFormatter.ofPattern("EEE d MMM, h:mm a zzz", java.util.Locale.US)
                .format(((Instant) offer.get(2)).atZone(ZONE));
        var page = perform(get("/schedule/waitlist").with(user(ClinicUser.of(DESK))).param("typeId", type.toString()))
                .getContentAsString();
        assertThat(page).contains(family + ", Pat").contains("Offered a time").containsPattern("Offered \\w{3} \\d+ \\w{3} "
                + "\\d{4}, 9:30 AM C[SD]T, Dr\\. Wait ").contains("the offer is open until " + until);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE username = 'desk' AND target = ?")
                .param("waitlist offers (1 open)").query(Long.class).single()).isPositive();
    }

    @Test
    void twoPatientsConfirmingTheSameTimeAtOnceBookItExactlyOnce() throws Exception {
        var start = at(6, LocalTime.of(11, 0));
        var a = waiting(patient(family("RaceA")), List.of());
        var b = waiting(patient(family("RaceB")), List.of());
        freeUp(start);
        var tokens = awaitOffers(2).stream().map(l -> l.substring(l.lastIndexOf('/') + 1)).toList();

        var ready = new CountDownLatch(2);
        var go = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        var results = new ArrayList<Future<String>>();
        for (var token : tokens) {
            results.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                try {
                    return offers.confirm(token).status().name();
                } catch (OfferTakenException taken) {
                    return "TAKEN";
                }
            }));
        }
        ready.await();
        go.countDown();
        var outcomes = new ArrayList<String>();
        for (var r : results) {
            outcomes.add(r.get());
        }
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder("ACCEPTED", "TAKEN");
        assertThat(bookedAt(start)).isEqualTo(1);
        assertThat(List.of(entryStatus(a), entryStatus(b))).containsExactlyInAnyOrder("BOOKED", "WAITING");
    }

    @Test
    void anExpiredOfferSaysSoAndThePatientWaitsAgain() throws Exception {
        var start = at(7, LocalTime.of(14, 0));
        var entry = waiting(patient(family("Slow")), List.of());
        freeUp(start);
        var link = awaitOffers(1).get(0);
        jdbc.sql("UPDATE waitlist_offers SET expires_at = ? WHERE entry_id = ?")
                .params(clock.instant().minus(Duration.ofMinutes(1)).atOffset(ZoneOffset.UTC), entry).update();
        var gone = perform(get(link));
        assertThat(gone.getStatus()).isEqualTo(410);
        assertThat(gone.getContentAsString()).contains("This link no longer works").contains("You are still on the waitlist");
        assertThat(perform(post(link).with(csrf())).getStatus()).isEqualTo(410);
        assertThat(bookedAt(start)).isZero();
        sweepAfter(Duration.ZERO);
        assertThat(List.of(offerStatus(entry), entryStatus(entry))).containsExactly("EXPIRED", "WAITING");
        assertThat(perform(get(link)).getStatus()).isEqualTo(410);
        assertThat(perform(get("/waitlist/offers/not-a-real-token")).getStatus()).isEqualTo(404);
        assertThatThrownBy(() -> offers.confirm(link.substring(link.lastIndexOf('/') + 1)))
                .isInstanceOf(LinkExpiredException.class);
    }

    @Test
    void aBookingMadeAsTheSweepExpiresItsOfferStillEndsBooked() throws Exception {
        var start = at(7, LocalTime.of(15, 0));
        var entry = waiting(patient(family("Race")), List.of());
        freeUp(start);
        awaitOffers(1);
        var offer = offerTable.findById(jdbc.sql("SELECT id FROM waitlist_offers WHERE entry_id = ?").param(entry)
                .query(UUID.class).single()).orElseThrow();
        var booked = bookings.book(OfferMaker.WAITLIST, new BookingRequest(offer.patientId(), offer.clinicianId(),
                offer.locationId(), offer.typeId(), offer.startAt(), "waitlist:" + offer.id()));
        // The sweep gets in between the booking and the outcome: offer expired, entry waiting again.
        outcomes.lost(offer, WaitlistOffer.Status.EXPIRED, OfferMaker.WAITLIST);
        assertThat(List.of(offerStatus(entry), entryStatus(entry))).containsExactly("EXPIRED", "WAITING");

        outcomes.accepted(offer, booked.id(), OfferMaker.WAITLIST);
        assertThat(List.of(offerStatus(entry), entryStatus(entry))).containsExactly("ACCEPTED", "BOOKED");
        assertThat(bookedAt(start)).isEqualTo(1);
    }

    @Test
    void theFrontDeskAddsListsAndWithdrawsEntries() throws Exception {
        var family = family("Desk");
        var patientId = patient(family);
        var staff = ClinicUser.of(DESK);
        var added = perform(post("/schedule/waitlist").with(user(staff)).with(csrf())
                .param("patientId", patientId.toString()).param("typeId", type.toString())
                .param("locationId", location.toString())
                .param("windows[0].days", "MONDAY", "WEDNESDAY").param("windows[0].from", "09:00")
                .param("windows[0].to", "12:00").param("toDate", LocalDate.now(clock).plusDays(30).toString())
                .param("note", "Prefers mornings"));
        assertThat(added.getRedirectedUrl()).isEqualTo("/schedule/waitlist");
        var entry = jdbc.sql("SELECT id, windows FROM waitlist_entries WHERE patient_id = ?").param(patientId)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
        assertThat(entry.get(1)).isEqualTo("MON,WED 09:00-12:00");

        var list = perform(get("/schedule/waitlist").with(user(staff)).param("typeId", type.toString()))
                .getContentAsString();
        assertThat(list).contains(family + ", Pat").contains("Mon, Wed, 9:00 AM–12:00 PM").contains("Prefers mornings");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE username = 'desk' AND target LIKE 'waitlist (%'")
                .query(Long.class).single()).isPositive();

        assertThat(perform(post("/schedule/waitlist/" + entry.get(0) + "/withdraw").with(user(staff)).with(csrf()))
                .getRedirectedUrl()).isEqualTo("/schedule/waitlist");
        assertThat(entryStatus(UUID.fromString(entry.get(0)))).isEqualTo("WITHDRAWN");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE patient_id = ? AND target LIKE '%withdrawn'")
                .param(patientId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badInputIsExplainedBesideTheFieldAndNothingIsSaved() throws Exception {
        var patientId = patient(family("Bad"));
        var staff = ClinicUser.of(DESK);
        var response = perform(post("/schedule/waitlist").with(user(staff)).with(csrf())
                .param("patientId", patientId.toString()).param("typeId", UUID.randomUUID().toString())
                .param("clinicianId", "not-an-id")
                .param("windows[0].days", "MONDAY").param("windows[0].from", "12:00").param("windows[0].to", "09:00")
                .param("windows[1].from", "09:00")
                .param("fromDate", "2020-01-01").param("toDate", "2020-01-31").param("note", "x".repeat(301)));
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("Choose a kind of appointment")
                .contains("This is not a valid id").contains("The end time must be after the start time")
                .contains("Choose at least one day").contains("The last date is in the past")
                .contains("Use at most 300 characters").contains("id=\"w0-to-error\"");
        var unknownPatient = perform(post("/schedule/waitlist").with(user(staff)).with(csrf())
                .param("patientId", UUID.randomUUID().toString()).param("typeId", type.toString()));
        assertThat(unknownPatient.getStatus()).isEqualTo(400);
        assertThat(unknownPatient.getContentAsString()).contains("Find the patient first");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM waitlist_entries WHERE patient_id = ?").param(patientId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void craftedFormInputIsABadRequestWithAMessage() throws Exception {
        var patientId = patient(family("Crafted"));
        var me = ClinicUser.of(new CurrentUser(UUID.randomUUID(), "wl-crafted", "Crafted", Role.PATIENT,
                patient(family("CraftedMe"))));
        for (var request : List.of(
                post("/schedule/waitlist").with(user(ClinicUser.of(DESK))).param("patientId", patientId.toString()),
                post("/my/waitlist").with(user(me)))) {
            var emptyDay = perform(request.with(csrf()).param("typeId", type.toString())
                    .param("windows[0].days", "MONDAY", "").param("windows[0].from", "09:00")
                    .param("windows[0].to", "12:00"));
            assertThat(emptyDay.getStatus()).isEqualTo(400);
            assertThat(emptyDay.getContentAsString()).contains("Choose days from the list");
        }
        for (var request : List.of(
                post("/schedule/waitlist").with(user(ClinicUser.of(DESK))).param("patientId", patientId.toString()),
                post("/my/waitlist").with(user(me)))) {
            var farRow = perform(request.with(csrf()).param("windows[57].from", "09:00")); // no such row on the form: not bound
            assertThat(farRow.getStatus()).isEqualTo(400);
            assertThat(farRow.getContentAsString()).contains("Choose a kind of appointment");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM waitlist_entries WHERE patient_id IN (?, ?)")
                .params(patientId, me.current().patientId()).query(Long.class).single()).isZero();
    }

    @Test
    void aPatientWaitsForAtMostFiveTimesAtOnce() throws Exception {
        var me = ClinicUser.of(new CurrentUser(UUID.randomUUID(), "wl-many", "Many", Role.PATIENT,
                patient(family("Many"))));
        var patientId = me.current().patientId();
        var entries = new ArrayList<UUID>();
        for (int i = 0; i < 5; i++) {
            entries.add(waiting(patientId, List.of()));
        }
        var staff = perform(post("/schedule/waitlist").with(user(ClinicUser.of(DESK))).with(csrf())
                .param("patientId", patientId.toString()).param("typeId", type.toString()));
        assertThat(staff.getStatus()).isEqualTo(400);
        assertThat(staff.getContentAsString()).contains("This patient is already waiting for 5 times; take one off first.");
        var own = perform(post("/my/waitlist").with(user(me)).with(csrf()).param("typeId", type.toString()));
        assertThat(own.getStatus()).isEqualTo(400);
        assertThat(own.getContentAsString()).contains("You are already waiting for 5 times; take one off first.");
        assertThatThrownBy(() -> waitlist.join(me.current(), new WaitlistRequest(type, null, null, List.of(), null,
                null, null))).isInstanceOf(TooManyOpenEntriesException.class);

        waitlist.withdraw(me.current(), entries.get(0)); // a withdrawn entry no longer counts
        assertThat(perform(post("/my/waitlist").with(user(me)).with(csrf()).param("typeId", type.toString()))
                .getRedirectedUrl()).isEqualTo("/my/waitlist");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM waitlist_entries WHERE patient_id = ? AND status = 'WAITING'")
                .param(patientId).query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void manyJoinsAtOnceNeverTakeAPatientPastTheLimit() throws Exception {
        var me = new CurrentUser(UUID.randomUUID(), "wl-many", "Many", Role.PATIENT, patient(family("Many")));
        int attempts = 12;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(attempts);
        var start = new java.util.concurrent.CountDownLatch(1);
        try {
            var results = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
            for (int i = 0; i < attempts; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        waitlist.join(me, new WaitlistRequest(type, null, null, List.of(), null, null, null));
                        return true;
                    } catch (TooManyOpenEntriesException full) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int joined = 0;
            for (var result : results) {
                joined += result.get(30, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(joined).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM waitlist_entries WHERE patient_id = ?").param(me.patientId())
                .query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void aPatientJoinsAndLeavesOnlyTheirOwnEntries() throws Exception {
        var me = ClinicUser.of(new CurrentUser(UUID.randomUUID(), "wl-me", "Me", Role.PATIENT, patient(family("Me"))));
        var other = ClinicUser.of(new CurrentUser(UUID.randomUUID(), "wl-other", "Other", Role.PATIENT,
                patient(family("Other"))));
        var joined = perform(post("/my/waitlist").with(user(me)).with(csrf()).param("typeId", type.toString())
                .param("patientId", other.current().patientId().toString()) // ignored: a patient joins for themself
                .param("windows[0].days", "FRIDAY").param("windows[0].from", "08:00").param("windows[0].to", "10:00"));
        assertThat(joined.getRedirectedUrl()).isEqualTo("/my/waitlist");
        var entry = jdbc.sql("SELECT id FROM waitlist_entries WHERE patient_id = ?").param(me.current().patientId())
                .query(UUID.class).single();
        assertThat(perform(get("/my/waitlist").with(user(me))).getContentAsString()).contains("Fri, 8:00 AM–10:00 AM");
        assertThat(perform(get("/my/waitlist").with(user(other))).getContentAsString())
                .doesNotContain("FRI 08:00-10:00");

        assertThat(perform(post("/my/waitlist/" + entry + "/withdraw").with(user(other)).with(csrf())).getStatus())
                .isEqualTo(404);
        assertThat(entryStatus(entry)).isEqualTo("WAITING");
        assertThat(perform(post("/my/waitlist/" + entry + "/withdraw").with(user(me)).with(csrf()))
                .getRedirectedUrl()).isEqualTo("/my/waitlist");
        assertThat(entryStatus(entry)).isEqualTo("WITHDRAWN");
        assertThat(perform(get("/schedule/waitlist").with(user(me))).getStatus()).isEqualTo(403);
    }

    @Test
    void billingCannotUseTheStaffWaitlist() throws Exception {
        var billing = ClinicUser.of(BILLING);
        var entry = waiting(patient(family("Billed")), List.of());
        assertThat(perform(get("/schedule/waitlist").with(user(billing))).getStatus()).isEqualTo(403);
        assertThat(perform(get("/schedule/waitlist/new").with(user(billing))).getStatus()).isEqualTo(403);
        assertThat(perform(post("/schedule/waitlist").with(user(billing)).with(csrf())
                .param("typeId", type.toString())).getStatus()).isEqualTo(403);
        assertThat(perform(post("/schedule/waitlist/" + entry + "/withdraw").with(user(billing)).with(csrf()))
                .getStatus()).isEqualTo(403);
        assertThat(entryStatus(entry)).isEqualTo("WAITING");
        assertThatThrownBy(() -> waitlist.list(BILLING, Set.of(), null, null))
                .isInstanceOf(org.tpiclinic.shared.ForbiddenException.class);
        assertThat(perform(get("/waitlist/offers/anything")).getStatus()).isEqualTo(404); // public, but no offer
    }
}
