package org.tpiclinic.identity;

import java.time.Clock;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach which URL. Coarse rules only: which patient a user may see is decided in each module's API,
 * on the server, with the {@link CurrentUser}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** No inline script or style anywhere; nothing may frame our pages. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** The sign-in request: the form login filter and the throttle in front of it use this one matcher. */
    static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");

    private static final String[] STAFF = { "FRONT_DESK", "CLINICIAN", "BILLING", "ADMIN" };
    private static final String[] EDITORS = { "FRONT_DESK", "CLINICIAN", "ADMIN" };
    private static final String[] RECORD_CHANGES = { "/patients", "/patients/*", "/patients/*/allergies",
        "/patients/*/medications", "/patients/*/conditions", "/patients/*/*/*/void", "/patients/*/allergies/none",
        "/patients/*/intake/proposals/*/accept", "/patients/*/merge" };

    @Bean
    SecurityFilterChain web(HttpSecurity http, SignInThrottle throttle, KnownDevices devices,
            SecurityProperties settings, SessionRegistry sessions, SecondFactorSignIn secondStep,
            AuthenticationSettings authentication, Clock clock, MessageSource messages) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/login/mfa", "/login/mfa/**").permitAll()
                .requestMatchers("/", "/login", "/error", "/webjars/**", "/css/**", "/js/**", "/images/**",
                        "/favicon.ico", "/actuator/health", "/actuator/info").permitAll()
                .requestMatchers("/book/self").hasRole("PATIENT")
                .requestMatchers("/book", "/book/**", "/waitlist/offers/**", "/intake/**", "/check-in/**",
                        "/outcomes/follow-up/**").permitAll()
                .requestMatchers("/my/**").hasRole("PATIENT")
                // Clinicians read the formulary (agents, limits, policies); only an admin changes it
                .requestMatchers(HttpMethod.GET, "/admin/formulary").hasAnyRole("CLINICIAN", "ADMIN")
                .requestMatchers("/admin/**", "/actuator/**").hasRole("ADMIN")
                .requestMatchers("/billing", "/billing/**").hasAnyRole("BILLING", "ADMIN")
                .requestMatchers("/patients/new").hasAnyRole(EDITORS)
                // Changes to the chart and the schedule: never billing, never a patient (who reports through
                // the intake and signs consent, each checked in its module API). RouteAccessMatrixTests holds the
                // whole policy.
                .requestMatchers(HttpMethod.POST, RECORD_CHANGES).hasAnyRole(EDITORS)
                // A screening review and trigger-point findings are a clinician's (POSTs of findings are refused and
                // audited in the assessment API)
                .requestMatchers(HttpMethod.POST, "/patients/*/screening").hasRole("CLINICIAN")
                .requestMatchers(HttpMethod.GET, "/patients/*/findings/new").hasRole("CLINICIAN")
                .requestMatchers("/patients/*/drawings/new").hasAnyRole(EDITORS)
                // Two-step sign-in is for staff; patients sign in with their password
                .requestMatchers("/account/mfa/**", "/account/mfa").hasAnyRole(STAFF)
                .requestMatchers(HttpMethod.POST, "/schedule/**").hasAnyRole(EDITORS)
                // The aftercare follow-up worklist: clinicians, the front desk and admins (AftercarePlans checks too)
                .requestMatchers("/aftercare/**").hasAnyRole(EDITORS)
                .requestMatchers("/patients").hasAnyRole(STAFF)
                .requestMatchers("/schedule/**", "/schedule").hasAnyRole(STAFF)
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login")
                .withObjectPostProcessor(signInMatcher())
                .successHandler(secondStep.afterPassword(new SignInHandlers.Success(throttle, devices, settings)))
                .failureHandler(new SignInHandlers.Failure(throttle, devices)))
            .addFilterBefore(new SignInHandlers.PauseFilter(SIGN_IN, throttle, devices),
                    UsernamePasswordAuthenticationFilter.class)
            .addFilterAfter(new SessionLifetimeFilter(authentication, clock), SecurityContextHolderFilter.class)
            // After the access rules: a password an admin set must be replaced before anything else
            .addFilterAfter(new ChosenPasswordFilter(messages), AuthorizationFilter.class)
            .logout(logout -> logout.logoutSuccessUrl("/login?signedout"))
            .sessionManagement(session -> session
                .sessionConcurrency(concurrency -> concurrency.maximumSessions(-1)
                    .sessionRegistry(sessions).expiredUrl("/login?ended")))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                // Sent on HTTPS requests only; behind a TLS proxy that needs TPI_TRUSTED_PROXIES (TrustedProxies).
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
        return http.build();
    }

    /** Makes the sign-in filter answer exactly the requests {@link #SIGN_IN} matches (and the throttle sees). */
    private static ObjectPostProcessor<UsernamePasswordAuthenticationFilter> signInMatcher() {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                filter.setRequiresAuthenticationRequestMatcher(SIGN_IN);
                return filter;
            }
        };
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
