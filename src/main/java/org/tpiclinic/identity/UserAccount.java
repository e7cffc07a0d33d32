package org.tpiclinic.identity;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A person who can sign in: staff with a role, or a patient with a portal login. */
@Table("user_accounts")
public class UserAccount {

    @Id
    private final UUID id;
    @Version
    private Long version;
    private final String username;
    private String displayName;
    private String passwordHash;
    private Role role;
    private final UUID patientId;
    private boolean enabled;
    private final Instant createdAt;
    /** An admin set the password: its user must choose their own before anything else. */
    private boolean mustChoosePassword;

    @PersistenceCreator
    UserAccount(UUID id, Long version, String username, String displayName, String passwordHash, Role role,
            UUID patientId, boolean enabled, Instant createdAt, boolean mustChoosePassword) {
        this.id = id;
        this.version = version;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.patientId = patientId;
        this.enabled = enabled;
        this.createdAt = createdAt;
        this.mustChoosePassword = mustChoosePassword;
    }

    static UserAccount open(String username, String displayName, String passwordHash, Role role, UUID patientId,
            Instant now, boolean mustChoosePassword) {
        return new UserAccount(UUID.randomUUID(), null, normalize(username), displayName, passwordHash, role,
                patientId, true, now, mustChoosePassword);
    }

    static String normalize(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    void changeRole(Role newRole) {
        if (role == Role.PATIENT || newRole == Role.PATIENT) {
            throw new IllegalArgumentException("A patient login cannot become staff, nor staff a patient login");
        }
        this.role = newRole;
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    /** A new hash of the same password (re-hashing after sign-in): whether it must be replaced stays as it is. */
    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    /** An admin set this password: its user must choose their own at their next sign-in. */
    void setByAdmin(String newHash) {
        this.passwordHash = newHash;
        this.mustChoosePassword = true;
    }

    /** The user chose this password themself. */
    void chosenByUser(String newHash) {
        this.passwordHash = newHash;
        this.mustChoosePassword = false;
    }

    public CurrentUser asCurrentUser() {
        return new CurrentUser(id, username, displayName, role, patientId);
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public UUID patientId() {
        return patientId;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Whether an admin set the current password, so the user must choose their own before anything else. */
    public boolean mustChoosePassword() {
        return mustChoosePassword;
    }
}
