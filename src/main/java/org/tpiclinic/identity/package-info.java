/**
 * Identity: user accounts, roles, sign-in and sign-out, idle timeouts, throttling of failed sign-ins.
 * <p>
 * API: {@link org.tpiclinic.identity.CurrentUser} (who is acting, passed explicitly into other modules' APIs),
 * {@link org.tpiclinic.identity.Role}, and {@link org.tpiclinic.identity.Accounts} for managing accounts.
 * Invariants: usernames are unique (case-insensitive); a disabled account cannot sign in and its sessions end;
 * a PATIENT account is linked to exactly one patient.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.tpiclinic.identity;
