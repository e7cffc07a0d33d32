package org.tpiclinic.scheduling;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AbstractRelationalEvent;
import org.springframework.data.relational.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tpiclinic.shared.TransactionBound;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The practice's scheduling set-up in memory, for the checks every booking makes. The set-up changes rarely and
 * bookings are frequent, so each node keeps one {@link SetupSnapshot} and compares its revision with the
 * database's {@code setup_revision} row (one small read per transaction). Every change of the set-up, on any
 * node, moves that revision to a new value from a sequence (never reused, even after a rollback), so a node
 * never trusts a copy older than the database (decision 21).
 */
@Component
class SetupCache {

    private static final List<Class<?>> SETUP = List.of(Location.class, Clinician.class, AppointmentType.class);

    private final JdbcClient jdbc;
    private final Locations locations;
    private final Clinicians clinicians;
    private final AppointmentTypes types;
    private volatile SetupSnapshot snapshot;

    SetupCache(JdbcClient jdbc, Locations locations, Clinicians clinicians, AppointmentTypes types) {
        this.jdbc = jdbc;
        this.locations = locations;
        this.clinicians = clinicians;
        this.types = types;
    }

    /** The set-up as of the database's revision; checked once per transaction. */
    SetupSnapshot current() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return checked();
        }
        AtomicReference<SetupSnapshot> held = TransactionBound.get(this);
        if (held == null) {
            held = TransactionBound.bind(this, new AtomicReference<>(), null);
        }
        var snapshot = held.get();
        if (snapshot == null) {
            snapshot = checked();
            held.set(snapshot);
        }
        return snapshot;
    }

    /** Records a change of the set-up, in the caller's transaction. */
    void changed() {
        jdbc.sql("UPDATE setup_revision SET revision = nextval('setup_revision_seq') WHERE id = 1").update();
        AtomicReference<SetupSnapshot> held = TransactionBound.get(this);
        if (held != null) {
            held.set(null); // checked again on the next read, seeing this change
        }
    }

    @EventListener
    void saved(AfterSaveEvent<?> event) {
        changedIfSetup(event);
    }

    @EventListener
    void deleted(AfterDeleteEvent<?> event) {
        changedIfSetup(event);
    }

    private void changedIfSetup(AbstractRelationalEvent<?> event) {
        if (SETUP.contains(event.getType())) {
            changed();
        }
    }

    private SetupSnapshot checked() {
        long revision = jdbc.sql("SELECT revision FROM setup_revision WHERE id = 1").query(Long.class).single();
        var cached = snapshot;
        if (cached != null && cached.revision() == revision) {
            return cached;
        }
        // Read after the revision: the copy is at least as new as its label, so a later change always reloads.
        var all = clinicians.findAll();
        var loaded = new SetupSnapshot(revision, byId(types.findAll(), AppointmentType::id),
                byId(locations.findAll(), Location::id), byId(all, Clinician::id),
                byClinician(all, Clinician::hours), byClinician(all, Clinician::breaks),
                byClinician(all, Clinician::exceptions));
        snapshot = loaded;
        return loaded;
    }

    private static <T> Map<UUID, T> byId(List<T> all, Function<T, UUID> id) {
        return all.stream().collect(Collectors.toUnmodifiableMap(id, Function.identity()));
    }

    private static <T> Map<UUID, List<T>> byClinician(List<Clinician> all, Function<Clinician, List<T>> part) {
        return all.stream().collect(Collectors.toUnmodifiableMap(Clinician::id, part));
    }
}
