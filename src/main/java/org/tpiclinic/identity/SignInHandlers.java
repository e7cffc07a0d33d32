package org.tpiclinic.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/** What happens around a sign-in: throttling before it, idle timeout, counters and the known device after it. */
final class SignInHandlers {

    private SignInHandlers() {
    }

    /**
     * Refuses a sign-in attempt without checking the password while it must wait. It matches requests with the
     * very matcher the sign-in filter uses ({@link SecurityConfiguration#SIGN_IN}), so every request Spring
     * Security would treat as a sign-in (say {@code POST /%6cogin}) is throttled too.
     */
    static final class PauseFilter extends OncePerRequestFilter {

        private final RequestMatcher signIn;
        private final SignInThrottle throttle;
        private final KnownDevices devices;

        PauseFilter(RequestMatcher signIn, SignInThrottle throttle, KnownDevices devices) {
            this.signIn = signIn;
            this.throttle = throttle;
            this.devices = devices;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !signIn.matches(request);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var wait = throttle.waitBefore(devices.attempt(request));
            if (!wait.isZero()) {
                long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
                response.sendRedirect(request.getContextPath() + "/login?paused=" + seconds);
                return;
            }
            chain.doFilter(request, response);
        }
    }

    static final class Success extends SavedRequestAwareAuthenticationSuccessHandler {

        private final SignInThrottle throttle;
        private final KnownDevices devices;
        private final SecurityProperties settings;

        Success(SignInThrottle throttle, KnownDevices devices, SecurityProperties settings) {
            this.throttle = throttle;
            this.devices = devices;
            this.settings = settings;
            setDefaultTargetUrl("/start");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                Authentication authentication) throws IOException, ServletException {
            var user = (ClinicUser) authentication.getPrincipal();
            var timeout = user.current().isStaff() ? settings.staffIdleTimeout() : settings.patientIdleTimeout();
            request.getSession().setMaxInactiveInterval((int) timeout.toSeconds());
            throttle.recordSuccess(devices.attempt(request));
            devices.remember(user.getUsername(), request, response);
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }

    /** Every failure gets the same answer, whether the account exists, is disabled or the password is wrong. */
    static final class Failure implements AuthenticationFailureHandler {

        private final SignInThrottle throttle;
        private final KnownDevices devices;

        Failure(SignInThrottle throttle, KnownDevices devices) {
            this.throttle = throttle;
            this.devices = devices;
        }

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException exception) throws IOException {
            throttle.recordFailure(devices.attempt(request));
            response.sendRedirect(request.getContextPath() + "/login?error");
        }
    }
}
