package org.tpiclinic.identity;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in principal: Spring Security's view of an account, carrying the {@link CurrentUser}. */
public final class ClinicUser implements UserDetails {

    private final CurrentUser current;
    private final String passwordHash;
    private final boolean enabled;
    private final boolean mustChoosePassword;

    public ClinicUser(CurrentUser current, String passwordHash, boolean enabled) {
        this(current, passwordHash, enabled, false);
    }

    ClinicUser(CurrentUser current, String passwordHash, boolean enabled, boolean mustChoosePassword) {
        this.current = current;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.mustChoosePassword = mustChoosePassword;
    }

    /** Whether, when this account signed in, an admin had set its password (so its user must choose their own). */
    boolean mustChoosePassword() {
        return mustChoosePassword;
    }

    /** A principal for tests and system work, without a password. */
    public static ClinicUser of(CurrentUser current) {
        return new ClinicUser(current, "", true);
    }

    public CurrentUser current() {
        return current;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(current.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return current.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    // Sessions are tracked per account in the session registry, so equality is by username.
    @Override
    public boolean equals(Object other) {
        return other instanceof ClinicUser that && that.getUsername().equals(getUsername());
    }

    @Override
    public int hashCode() {
        return getUsername().hashCode();
    }
}
