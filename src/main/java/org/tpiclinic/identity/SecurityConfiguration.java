package org.tpiclinic.identity;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;

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

    private static final String[] STAFF = { "FRONT_DESK", "CLINICIAN", "BILLING", "ADMIN" };
    private static final String[] EDITORS = { "FRONT_DESK", "CLINICIAN", "ADMIN" };

    @Bean
    SecurityFilterChain web(HttpSecurity http, SignInThrottle throttle, SecurityProperties settings,
            SessionRegistry sessions, SecondFactorSignIn secondStep, AuthenticationSettings authentication,
            Clock clock) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/login/mfa", "/login/mfa/**").permitAll()
                .requestMatchers("/", "/login", "/error", "/webjars/**", "/css/**", "/js/**", "/images/**",
                        "/favicon.ico", "/actuator/health", "/actuator/info").permitAll()
                .requestMatchers("/book", "/book/**", "/waitlist/offers/**", "/intake/**").permitAll()
                .requestMatchers("/my/**").hasRole("PATIENT")
                .requestMatchers("/admin/**", "/actuator/**").hasRole("ADMIN")
                .requestMatchers("/patients/new").hasAnyRole(EDITORS)
                .requestMatchers("/patients").hasAnyRole(STAFF)
                .requestMatchers("/schedule/**", "/schedule").hasAnyRole(STAFF)
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login")
                .successHandler(secondStep.afterPassword(new SignInHandlers.Success(throttle, settings)))
                .failureHandler(new SignInHandlers.Failure(throttle)))
            .addFilterBefore(new SignInHandlers.PauseFilter(throttle), UsernamePasswordAuthenticationFilter.class)
            .addFilterAfter(new SessionLifetimeFilter(authentication, clock), SecurityContextHolderFilter.class)
            .logout(logout -> logout.logoutSuccessUrl("/login?signedout"))
            .sessionManagement(session -> session
                .sessionConcurrency(concurrency -> concurrency.maximumSessions(-1)
                    .sessionRegistry(sessions).expiredUrl("/login?ended")))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
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
