package org.tpiclinic.identity;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.NotFoundException;

/**
 * Managing accounts: staff users (by an admin) and patient portal logins. Passwords are stored only as
 * memory-hard hashes; disabling an account ends its open sessions at once.
 */
@Service
@Transactional
public class Accounts {

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final SessionRegistry sessions;
    private final Clock clock;
    private final PasswordPolicy policy;

    Accounts(UserAccounts accounts, PasswordEncoder passwords, SessionRegistry sessions, Clock clock,
            PasswordPolicy policy) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.sessions = sessions;
        this.clock = clock;
        this.policy = policy;
    }

    public UserAccount createStaff(String username, String displayName, Role role, String password) {
        if (!role.isStaff()) {
            throw new IllegalArgumentException("Use a portal login for patients");
        }
        return open(username, displayName, role, null, password);
    }

    public UserAccount createPortalLogin(String username, String displayName, UUID patientId, String password) {
        return open(username, displayName, Role.PATIENT, patientId, password);
    }

    private UserAccount open(String username, String displayName, Role role, UUID patientId, String password) {
        // A new account has no second factor yet, so its password must stand alone.
        policy.require(password, false, username, displayName);
        if (accounts.findByUsername(UserAccount.normalize(username)).isPresent()) {
            throw new ConflictException("The username " + username + " is taken. Choose another one.");
        }
        return accounts.save(UserAccount.open(username, displayName, passwords.encode(password), role, patientId,
                clock.instant()));
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

    public void changeRole(UUID id, Role role) {
        var account = get(id);
        account.changeRole(role);
        accounts.save(account);
        endSessions(account.username());
    }

    public void disable(UUID id, CurrentUser actor) {
        var account = get(id);
        if (account.id().equals(actor.userId())) {
            throw new ConflictException("You cannot disable your own account. Ask another admin.");
        }
        account.disable();
        accounts.save(account);
        endSessions(account.username());
    }

    public void enable(UUID id) {
        var account = get(id);
        account.enable();
        accounts.save(account);
    }

    /**
     * An admin sets a new password, to hand over in person. It must stand alone (the single-factor floor) even
     * for users with a second factor, since it is known to two people until the user changes it.
     */
    public void resetPassword(UUID id, String newPassword) {
        var account = get(id);
        policy.require(newPassword, false, account.username(), account.displayName());
        account.changePassword(passwords.encode(newPassword));
        accounts.save(account);
        endSessions(account.username());
    }

    /** Stores a password the user chose themself and ends their other sessions (not {@code keepSessionId}). */
    void replacePassword(UUID id, String newHash, String keepSessionId) {
        var account = get(id);
        account.changePassword(newHash);
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
