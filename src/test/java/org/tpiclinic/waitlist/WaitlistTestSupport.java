package org.tpiclinic.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionOperations;
import org.tpiclinic.TestSmtp;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.notifications.Outbox;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.scheduling.AppointmentDesk;
import org.tpiclinic.scheduling.AppointmentType;
import org.tpiclinic.scheduling.AppointmentTypes;
import org.tpiclinic.scheduling.BookingRequest;
import org.tpiclinic.scheduling.Bookings;
import org.tpiclinic.scheduling.SchedulingFixture;
import org.tpiclinic.shared.AppointmentId;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * What the waitlist's test classes share. The waitlist end to end: entries added by staff and patients, offers made when an appointment is cancelled
 * or moved (earliest matching entries first, at most {@code offers-per-slot}), the offer email over real SMTP
 * (GreenMail), first confirmation wins (also when two confirm at the same instant), expiry, bad input and who
 * may do what. Each test has its own type, location and clinician, so tests do not match each other's entries.
 */
@SpringBootTest(properties = { "tpi.notifications.scheduled=false", "tpi.waitlist.offers-per-slot=2",
        "tpi.waitlist.offer-validity=2h" })
@AutoConfigureMockMvc
@Import(SchedulingFixture.class)
abstract class WaitlistTestSupport {

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
    SchedulingFixture fixture;
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
        var practice = fixture.practice("Wait " + code, ZONE, Set.of(type));
        location = practice.locationId();
        clinician = practice.clinicianId();
    }

    Instant at(int days, LocalTime time) {
        return fixture.at(ZONE, days, time);
    }

    UUID patient(String family) {
        return fixture.patient(family, family.toLowerCase() + "@example.com");
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
        desk.cancel(DESK, AppointmentId.of(booked.id()), "Patient is travelling");
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
}
