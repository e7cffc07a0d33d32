package org.tpiclinic.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;

/**
 * Entries on the list: staff add, list and withdraw them, patients only their own, bad and crafted input is refused
 * beside the field, and a patient never waits for more than the limit, even when joining many times at once.
 */
class JoiningAndLeavingTests extends WaitlistTestSupport {

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
