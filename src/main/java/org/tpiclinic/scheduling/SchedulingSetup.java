package org.tpiclinic.scheduling;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.identity.Accounts;
import org.tpiclinic.identity.Role;
import org.tpiclinic.identity.UserAccount;
import org.tpiclinic.shared.NotFoundException;

/**
 * Setting up the practice (admin): locations, the appointment types each clinician offers, and the booking rules
 * of each type. Hours, breaks and exceptions are changed through {@link Availability}. Rules are checked by the
 * aggregates; a refused change throws {@link IllegalArgumentException} and changes nothing. Changes never move
 * or cancel appointments already booked.
 */
@Service
@Transactional
public class SchedulingSetup {

    private final Locations locations;
    private final Clinicians clinicians;
    private final AppointmentTypes types;
    private final Accounts accounts;

    SchedulingSetup(Locations locations, Clinicians clinicians, AppointmentTypes types, Accounts accounts) {
        this.locations = locations;
        this.clinicians = clinicians;
        this.types = types;
        this.accounts = accounts;
    }

    /** Enabled clinician accounts that are not set up as a clinician here yet, by name. */
    @Transactional(readOnly = true)
    public List<UserAccount> clinicianAccountsToAdd() {
        var added = clinicians.findAll().stream().map(Clinician::userId).toList();
        return accounts.all().stream()
                .filter(a -> a.role() == Role.CLINICIAN && a.enabled() && !added.contains(a.id()))
                .sorted(java.util.Comparator.comparing(UserAccount::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * Makes the clinician who signs in with {@code userId} bookable (once hours and types are given): refused
     * unless it is an enabled clinician account not already added.
     */
    public Clinician addClinician(UUID userId) {
        var account = accounts.get(userId);
        if (account.role() != Role.CLINICIAN || !account.enabled()) {
            throw new IllegalArgumentException("Choose an enabled clinician account from the list");
        }
        if (clinicians.findByUserId(userId).isPresent()) {
            throw new IllegalArgumentException(account.displayName() + " is already a clinician here");
        }
        return clinicians.save(Clinician.of(userId, account.displayName(), Set.of()));
    }

    /** A new appointment type with these rules; its code is made from the name, unique among the types. */
    public AppointmentType defineType(AppointmentType.Rules rules, boolean requiresApproval) {
        var type = AppointmentType.define(uniqueCode(rules.name()), rules);
        type.requireApproval(requiresApproval);
        return types.save(type);
    }

    private String uniqueCode(String name) {
        String base = (name == null ? "" : name).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        base = base.isEmpty() ? "TYPE" : base.substring(0, Math.min(base.length(), 32));
        var taken = types.findAll().stream().map(AppointmentType::code).toList();
        String code = base;
        for (int n = 2; taken.contains(code); n++) {
            code = base + "_" + n;
        }
        return code;
    }

    public Location openLocation(String name, String address, String phone, ZoneId zone) {
        return locations.save(Location.open(name, address, phone, zone));
    }

    public Location changeLocation(UUID locationId, String name, String address, String phone, ZoneId zone) {
        var location = locations.findById(locationId).orElseThrow(() -> new NotFoundException("The location"));
        location.change(name, address, phone, zone);
        return locations.save(location);
    }

    /** Replaces the appointment types the clinician offers; every id must name an existing type. */
    public Clinician offer(UUID clinicianId, Set<UUID> typeIds) {
        var clinician = clinicians.findById(clinicianId).orElseThrow(() -> new NotFoundException("The clinician"));
        if (typeIds.stream().anyMatch(id -> !types.existsById(id))) {
            throw new IllegalArgumentException("Choose appointment types from the list");
        }
        clinician.offer(typeIds);
        return clinicians.save(clinician);
    }

    /** Changes a type's rules, keeping whether it needs approval. */
    public AppointmentType changeRules(UUID typeId, AppointmentType.Rules rules) {
        var type = types.findById(typeId).orElseThrow(() -> new NotFoundException("The appointment type"));
        return changeRules(typeId, rules, type.requiresApproval());
    }

    /** Changes a type's rules and whether its online requests wait for staff approval. */
    public AppointmentType changeRules(UUID typeId, AppointmentType.Rules rules, boolean requiresApproval) {
        var type = types.findById(typeId).orElseThrow(() -> new NotFoundException("The appointment type"));
        type.change(rules);
        type.requireApproval(requiresApproval);
        return types.save(type);
    }
}
