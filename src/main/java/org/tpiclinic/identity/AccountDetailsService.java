package org.tpiclinic.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class AccountDetailsService implements UserDetailsService {

    private final UserAccounts accounts;

    AccountDetailsService(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(UserAccount.normalize(username))
                .map(a -> new ClinicUser(a.asCurrentUser(), a.passwordHash(), a.enabled()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
