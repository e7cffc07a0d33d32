package org.tpiclinic.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session once {@link AuthenticationSettings#absoluteSessionLifetime()} has passed since its user signed
 * in, however active it has been (the idle timeout ends quiet sessions sooner).
 */
final class SessionLifetimeFilter extends OncePerRequestFilter {

    private final AuthenticationSettings settings;
    private final Clock clock;

    SessionLifetimeFilter(AuthenticationSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null && session.getAttribute(SecondFactorSignIn.SIGNED_IN_AT) instanceof Instant signedInAt
                && clock.instant().isAfter(signedInAt.plus(settings.absoluteSessionLifetime()))) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        chain.doFilter(request, response);
    }
}
