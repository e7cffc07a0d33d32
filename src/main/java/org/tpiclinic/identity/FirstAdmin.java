package org.tpiclinic.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.tpiclinic.shared.FieldRefused;

/**
 * In production, creates the first admin from {@code TPI_ADMIN_USERNAME} and {@code TPI_ADMIN_PASSWORD} when no
 * active admin exists yet; does nothing once one does.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final Accounts accounts;
    private final String username;
    private final String password;

    FirstAdmin(Accounts accounts, @Value("${tpi.bootstrap.admin-username:}") String username,
            @Value("${tpi.bootstrap.admin-password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyActiveAdmin()) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            log.warn("No admin account exists. Set TPI_ADMIN_USERNAME and TPI_ADMIN_PASSWORD and restart.");
            return;
        }
        try {
            accounts.createStaff(username, "Administrator", Role.ADMIN, password);
        } catch (FieldRefused weak) {
            throw new IllegalStateException("TPI_ADMIN_PASSWORD was refused: " + weak.getMessage()
                    + ". Choose a passphrase of at least " + PasswordPolicy.MIN_WITHOUT_MFA + " characters.", weak);
        }
        log.info("Created the first admin account '{}'.", username);
    }
}
