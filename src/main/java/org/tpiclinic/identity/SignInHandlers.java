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
import org.springframework.web.filter.OncePerRequestFilter;

/** What happens around a sign-in: throttling before it, idle timeout and counters after it. */
final class SignInHandlers {

    private SignInHandlers() {
    }

    /** Refuses a sign-in attempt without checking the password while the account or address is paused. */
    static final class PauseFilter extends OncePerRequestFilter {

        private final SignInThrottle throttle;

        PauseFilter(SignInThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !("POST".equals(request.getMethod()) && (request.getContextPath() + "/login").equals(request.getRequestURI()));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (throttle.isPaused(request.getParameter("username"), request.getRemoteAddr())) {
                response.sendRedirect(request.getContextPath() + "/login?paused");
                return;
            }
            chain.doFilter(request, response);
        }
    }

    static final class Success extends SavedRequestAwareAuthenticationSuccessHandler {

        private final SignInThrottle throttle;
        private final SecurityProperties settings;

        Success(SignInThrottle throttle, SecurityProperties settings) {
            this.throttle = throttle;
            this.settings = settings;
            setDefaultTargetUrl("/start");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                Authentication authentication) throws IOException, ServletException {
            var user = (ClinicUser) authentication.getPrincipal();
            var timeout = user.current().isStaff() ? settings.staffIdleTimeout() : settings.patientIdleTimeout();
            request.getSession().setMaxInactiveInterval((int) timeout.toSeconds());
            throttle.recordSuccess(user.getUsername());
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }

    /** Every failure gets the same answer, whether the account exists, is disabled or the password is wrong. */
    static final class Failure implements AuthenticationFailureHandler {

        private final SignInThrottle throttle;

        Failure(SignInThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException exception) throws IOException {
            throttle.recordFailure(request.getParameter("username"), request.getRemoteAddr());
            response.sendRedirect(request.getContextPath() + "/login?error");
        }
    }
}
