package org.tpiclinic.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.identity.AccountChanged.Change;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.NotFoundException;

/**
 * Managing accounts: staff users (by an admin) and patient portal logins. Passwords are stored only as
 * memory-hard hashes; disabling an account ends its open sessions at once. Every change publishes an
 * {@link AccountChanged} in its transaction (the audit log records it). The last enabled admin can be neither
 * demoted nor disabled.
 */
@Service
@Transactional
public class Accounts {

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final SessionRegistry sessions;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final PasswordPolicy policy;

    Accounts(UserAccounts accounts, PasswordEncoder passwords, SessionRegistry sessions, Clock clock,
            ApplicationEventPublisher events, PasswordPolicy policy) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.sessions = sessions;
        this.clock = clock;
        this.events = events;
        this.policy = policy;
    }

    /**
     * A staff account created by the system (first admin from the server's settings, demo data): whoever set the
     * password is the one who uses it, so it need not be changed.
     */
    public UserAccount createStaff(String username, String displayName, Role role, String password) {
        return staff(username, displayName, role, password, SYSTEM, false);
    }

    /**
     * A staff account an admin creates: the admin knows its password, so its user must choose their own at
     * their first sign-in.
     */
    public UserAccount createStaff(String username, String displayName, Role role, String password,
            CurrentUser actor) {
        return staff(username, displayName, role, password, actor, true);
    }

    private UserAccount staff(String username, String displayName, Role role, String password, CurrentUser actor,
            boolean mustChoosePassword) {
        if (!role.isStaff()) {
            throw new IllegalArgumentException("Use a portal login for patients");
        }
        return open(username, displayName, role, null, password, actor, mustChoosePassword);
    }

    public UserAccount createPortalLogin(String username, String displayName, UUID patientId, String password) {
        return open(username, displayName, Role.PATIENT, patientId, password, SYSTEM, false);
    }

    private static final CurrentUser SYSTEM = CurrentUser.system("system");
    private static final String MUST_CHOOSE = "; must choose own password";

    private UserAccount open(String username, String displayName, Role role, UUID patientId, String password,
            CurrentUser actor, boolean mustChoosePassword) {
        // A new account has no second factor yet, so its password must stand alone.
        policy.require(password, false, username, displayName);
        if (accounts.findByUsername(UserAccount.normalize(username)).isPresent()) {
            throw new ConflictException("The username " + username + " is taken. Choose another one.");
        }
        var account = accounts.save(UserAccount.open(username, displayName, passwords.encode(password), role,
                patientId, clock.instant(), mustChoosePassword));
        changed(actor, account, Change.CREATED, "role " + role + (mustChoosePassword ? MUST_CHOOSE : ""));
        return account;
    }

    /** The account a typed username names, if there is one (for recording refused sign-ins). */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> find(String username) {
        if (username == null || username.isBlank() || username.length() > 64) {
            return Optional.empty();
        }
        return accounts.findByUsername(UserAccount.normalize(username)).map(UserAccount::asCurrentUser);
    }

    @Transactional(readOnly = true)
    public List<UserAccount> all() {
        return accounts.findAllByOrderByRoleAscUsernameAsc();
    }

    @Transactional(readOnly = true)
    public UserAccount get(UUID id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("The account"));
    }

    @Transactional(readOnly = true)
    public boolean anyActiveAdmin() {
        return accounts.existsByRoleAndEnabledTrue(Role.ADMIN);
    }

    public void changeRole(UUID id, Role role, CurrentUser actor) {
        var account = get(id);
        Role before = account.role();
        if (before == role) {
            return;
        }
        if (before == Role.ADMIN) {
            keepAnotherAdmin(account, "You cannot remove the admin role from the last enabled admin account. "
                    + "Make another account an admin first.");
        }
        account.changeRole(role);
        accounts.save(account);
        changed(actor, account, Change.ROLE_CHANGED, "role " + before + " -> " + role);
        endSessions(account.username());
    }

    public void disable(UUID id, CurrentUser actor) {
        var account = get(id);
        if (account.id().equals(actor.userId())) {
            throw new ConflictException("You cannot disable your own account. Ask another admin.");
        }
        keepAnotherAdmin(account, "You cannot disable the last enabled admin account. "
                + "Make another account an admin first.");
        account.disable();
        accounts.save(account);
        changed(actor, account, Change.DISABLED, "disabled");
        endSessions(account.username());
    }

    public void enable(UUID id, CurrentUser actor) {
        var account = get(id);
        account.enable();
        accounts.save(account);
        changed(actor, account, Change.ENABLED, "enabled");
    }

    /**
     * An admin sets a new password, to hand over in person. It must stand alone (the single-factor floor) even
     * for users with a second factor, since it is known to two people until the user changes it; the user must
     * choose their own at their next sign-in.
     */
    public void resetPassword(UUID id, String newPassword, CurrentUser actor) {
        var account = get(id);
        policy.require(newPassword, false, account.username(), account.displayName());
        account.setByAdmin(passwords.encode(newPassword));
        accounts.save(account);
        changed(actor, account, Change.PASSWORD_RESET, "password reset" + MUST_CHOOSE);
        endSessions(account.username());
    }

    /**
     * Refuses when {@code account} is the only enabled admin. The enabled admins' rows are locked first, so two
     * admins demoting or disabling each other at the same moment cannot both succeed.
     */
    private void keepAnotherAdmin(UserAccount account, String refusal) {
        if (account.role() != Role.ADMIN || !account.enabled()) {
            return;
        }
        boolean another = accounts.findByRoleAndEnabledTrueOrderById(Role.ADMIN).stream()
                .anyMatch(admin -> !admin.id().equals(account.id()));
        if (!another) {
            throw new ConflictException(refusal);
        }
    }

    private void changed(CurrentUser actor, UserAccount account, Change change, String detail) {
        events.publishEvent(new AccountChanged(actor, account.id(), account.username(), account.patientId(), change,
                detail));
    }

    /**
     * Stores a password the user chose themself (so they need not choose one any more) and ends their other
     * sessions (not {@code keepSessionId}).
     */
    void replacePassword(UUID id, String newHash, String keepSessionId) {
        var account = get(id);
        account.chosenByUser(newHash);
        accounts.save(account);
        endSessions(account.username(), keepSessionId);
    }

    private void endSessions(String username) {
        endSessions(username, null);
    }

    private void endSessions(String username, String keepSessionId) {
        sessions.getAllPrincipals().stream()
                .filter(p -> p instanceof ClinicUser u && u.getUsername().equals(username))
                .flatMap(p -> sessions.getAllSessions(p, false).stream())
                .filter(s -> !s.getSessionId().equals(keepSessionId))
                .forEach(SessionInformation::expireNow);
    }
}
