package org.tpiclinic.booking;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.audit.AuditLog;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.patients.DuplicateCharts;
import org.tpiclinic.patients.Patient;
import org.tpiclinic.patients.PatientDetails;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.patients.Sex;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.ForbiddenException;
import org.tpiclinic.shared.NotFoundException;

/**
 * The front desk's matching queue: confirmed online requests from someone with the name and date of birth of an
 * existing chart but another email address ({@link OnlineRequestStatus#AWAITING_MATCH}). Staff link each to the
 * chart it belongs to, or register a new chart when it is another person; then the request goes on as any
 * confirmed one (approval, or booked). Every look at the candidates and every decision is audited.
 */
@Service
public class OnlineMatches {

    private final OnlineRequests requests;
    private final OnlineBookings bookings;
    private final DuplicateCharts duplicates;
    private final PatientRegistry patients;
    private final TransactionTemplate transactions;
    private final AuditLog audit;

    OnlineMatches(OnlineRequests requests, OnlineBookings bookings, DuplicateCharts duplicates,
            PatientRegistry patients, TransactionTemplate transactions, AuditLog audit) {
        this.audit = audit;
        this.requests = requests;
        this.bookings = bookings;
        this.duplicates = duplicates;
        this.patients = patients;
        this.transactions = transactions;
    }

    /** A request waiting for a match and the charts it might belong to. */
    public record Waiting(OnlineRequest request, List<Patient> candidates) {

        /** Whether a candidate has the phone number the request gave (digits compared). */
        public boolean samePhone(Patient candidate) {
            return candidate.phone() != null && digits(candidate.phone()).equals(digits(request.phone()));
        }

        private static String digits(String phone) {
            return phone.replaceAll("[^0-9]", "");
        }
    }

    /** Staff: the requests waiting for a match, oldest first, each with its candidate charts. */
    public List<Waiting> waiting(CurrentUser actor) {
        requireEditor(actor);
        return requests.withStatus(OnlineRequestStatus.AWAITING_MATCH).stream()
                .map(r -> new Waiting(r, duplicates.sameNameAndBirthDate(actor, r.givenName(), r.familyName(),
                        r.dateOfBirth())))
                .toList();
    }

    /** Staff: this request is the person of chart {@code patientId}; books it (or sends it for approval). */
    public OnlineRequest link(CurrentUser actor, UUID requestId, UUID patientId) {
        requireEditor(actor);
        var request = waitingRequest(requestId);
        var chart = duplicates.survivorOf(patientId);
        boolean candidate = duplicates.sameNameAndBirthDate(actor, request.givenName(), request.familyName(),
                request.dateOfBirth()).stream().anyMatch(p -> p.id().equals(chart));
        if (!candidate) {
            throw new ConflictException("That chart does not have this name and date of birth. Choose one of the "
                    + "charts listed, or register a new chart.");
        }
        return decide(actor, requestId, chart);
    }

    /** Staff: this request is someone else; registers a new chart for it and books it. */
    public OnlineRequest registerNew(CurrentUser actor, UUID requestId) {
        requireEditor(actor);
        var request = waitingRequest(requestId);
        var details = new PatientDetails(request.givenName(), request.familyName(), null, request.dateOfBirth(),
                Sex.UNKNOWN, request.phone(), request.email(), null, null, null, null, null, null, null);
        transactions.executeWithoutResult(tx -> { // the new chart and the decision commit together
            var created = patients.register(actor, details, true).registered().id();
            matchOrRefuse(actor, requestId, created, "a new chart");
        });
        return bookings.proceedAfterMatch(actor, requestId);
    }

    private OnlineRequest decide(CurrentUser actor, UUID requestId, UUID patientId) {
        transactions.executeWithoutResult(tx -> matchOrRefuse(actor, requestId, patientId, "an existing chart"));
        return bookings.proceedAfterMatch(actor, requestId);
    }

    private void matchOrRefuse(CurrentUser actor, UUID requestId, UUID patientId, String which) {
        if (!requests.matched(requestId, patientId)) {
            throw new ConflictException("Someone else has already dealt with this request. Reload the list.");
        }
        audit.record(actor, patientId, AuditAction.UPDATE, "online request " + requestId + " matched to " + which);
    }

    private OnlineRequest waitingRequest(UUID requestId) {
        var request = requests.findById(requestId).orElseThrow(() -> new NotFoundException("The request"));
        if (request.status() != OnlineRequestStatus.AWAITING_MATCH) {
            throw new ConflictException("This request is no longer waiting for a match. Reload the list.");
        }
        return request;
    }

    private static void requireEditor(CurrentUser actor) {
        if (!actor.mayEditRecords()) {
            throw new ForbiddenException("Only front desk, clinicians and admins match online requests");
        }
    }
}
