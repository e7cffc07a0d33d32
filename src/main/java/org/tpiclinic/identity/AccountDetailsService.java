package org.tpiclinic.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads accounts for sign-in, and stores the new hash when a password hashed the old way (bcrypt) is re-hashed
 * with Argon2 after a successful sign-in.
 */
@Component
class AccountDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final UserAccounts accounts;

    AccountDetailsService(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(UserAccount.normalize(username))
                .map(a -> new ClinicUser(a.asCurrentUser(), a.passwordHash(), a.enabled(), a.mustChoosePassword()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newHash) {
        var account = accounts.findByUsername(UserAccount.normalize(user.getUsername())).orElseThrow();
        account.changePassword(newHash);
        accounts.save(account);
        return new ClinicUser(account.asCurrentUser(), newHash, account.enabled(), account.mustChoosePassword());
    }
}
