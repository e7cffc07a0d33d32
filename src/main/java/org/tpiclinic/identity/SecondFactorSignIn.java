package org.tpiclinic.identity;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The second step of signing in. After the password, an account with a second factor (or a staff account that
 * must set one up) is <em>not</em> signed in: the session only remembers a {@link Pending} sign-in, which the
 * public pages under {@code /login/mfa} complete with a code. Everything else still sees nobody signed in.
 * <p>
 * We do this ourselves rather than with Spring Security 7's factor authorities because TOTP is not one of its
 * built-in factors and whether a second factor is needed depends on the account and a practice setting; a
 * separate pending state keeps every existing authorization rule as it is.
 */
@Component
public class SecondFactorSignIn {

    static final String PENDING = SecondFactorSignIn.class.getName() + ".PENDING";
    /** When the session's user completed signing in (for the absolute session lifetime). */
    static final String SIGNED_IN_AT = SecondFactorSignIn.class.getName() + ".SIGNED_IN_AT";
    static final Duration PENDING_VALIDITY = Duration.ofMinutes(10);

    private final SecondFactors secondFactors;
    private final Clock clock;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private AuthenticationSuccessHandler completion;

    SecondFactorSignIn(SecondFactors secondFactors, Clock clock) {
        this.secondFactors = secondFactors;
        this.clock = clock;
    }

    /**
     * A password sign-in waiting for its second step.
     *
     * @param enrolling the account has no second factor yet and must set one up now
     * @param enrolled  it set one up in this sign-in; only seeing the recovery codes is left
     */
    public record Pending(Authentication authentication, CurrentUser user, boolean enrolling, boolean enrolled,
            Instant startedAt) implements Serializable {
    }

    /** Wraps what happens after a complete sign-in ({@code completion}) with the second step where needed. */
    AuthenticationSuccessHandler afterPassword(AuthenticationSuccessHandler completion) {
        this.completion = completion;
        return this::passwordAccepted;
    }

    private void passwordAccepted(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        if (!(authentication.getPrincipal() instanceof ClinicUser user)) {
            throw new IllegalStateException("A sign-in without a clinic account");
        }
        var me = user.current();
        boolean enrolled = secondFactors.enrolled(me.userId());
        if (!enrolled && !secondFactors.required(me.role())) {
            complete(request, response, authentication);
            return;
        }
        // Undo what the password step stored: this session is not signed in until the code is given.
        SecurityContextHolder.clearContext();
        var session = request.getSession();
        session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        session.setAttribute(PENDING, new Pending(authentication, me, !enrolled, false, clock.instant()));
        response.sendRedirect(request.getContextPath() + (enrolled ? "/login/mfa" : "/login/mfa/enrol"));
    }

    /** The sign-in waiting for a code in this session, unless it has run out. */
    public Optional<Pending> pending(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING) instanceof Pending pending)) {
            return Optional.empty();
        }
        if (clock.instant().isAfter(pending.startedAt().plus(PENDING_VALIDITY))) {
            session.removeAttribute(PENDING);
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    /** Records that the pending sign-in has just set up its second factor. */
    public void enrolled(HttpServletRequest request, Pending pending) {
        request.getSession().setAttribute(PENDING, new Pending(pending.authentication(), pending.user(), false,
                true, pending.startedAt()));
    }

    /** Completes the pending sign-in after its second step: the session is signed in from here on. */
    public void complete(HttpServletRequest request, HttpServletResponse response, Pending pending)
            throws IOException, ServletException {
        request.getSession().removeAttribute(PENDING);
        request.changeSessionId();
        complete(request, response, pending.authentication());
    }

    private void complete(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        request.getSession().setAttribute(SIGNED_IN_AT, clock.instant());
        if (authentication.getPrincipal() instanceof ClinicUser user && user.mustChoosePassword()) {
            ChosenPasswordFilter.require(request.getSession());
        }
        completion.onAuthenticationSuccess(request, response, authentication);
    }
}
