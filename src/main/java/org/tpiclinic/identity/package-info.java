/**
 * Identity: user accounts, roles, sign-in and sign-out, idle timeouts, throttling of failed sign-ins.
 * <p>
 * API: {@link org.tpiclinic.identity.CurrentUser} (who is acting, passed explicitly into other modules' APIs),
 * {@link org.tpiclinic.identity.Role}, and {@link org.tpiclinic.identity.Accounts} for managing accounts.
 * Invariants: usernames are unique (case-insensitive); a disabled account cannot sign in and its sessions end;
 * a PATIENT account is linked to exactly one patient.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package org.tpiclinic.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
