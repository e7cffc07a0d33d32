package org.tpiclinic.identity;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a user whose password an admin set (a new account, or a reset) on their account page until they choose
 * their own: the admin knows the password they handed over. Every other page redirects to {@code /account};
 * htmx and API requests get a 403 ProblemDetail (htmx also an {@code HX-Redirect} there). Sign-out, static files
 * and error pages stay reachable. The session is marked at sign-in ({@link SecondFactorSignIn}); changing the
 * password ({@link #chosen}) clears the mark, and an admin's reset ends the user's sessions.
 */
public final class ChosenPasswordFilter extends OncePerRequestFilter {

    private static final String REQUIRED = ChosenPasswordFilter.class.getName() + ".REQUIRED";
    private static final Set<String> STATIC = Set.of("/webjars/", "/css/", "/js/", "/images/");

    private final MessageSource messages;

    ChosenPasswordFilter(MessageSource messages) {
        this.messages = messages;
    }

    static void require(HttpSession session) {
        session.setAttribute(REQUIRED, Boolean.TRUE);
    }

    /** Whether this session's user must still choose their own password. */
    public static boolean required(HttpServletRequest request) {
        var session = request.getSession(false);
        return session != null && session.getAttribute(REQUIRED) != null;
    }

    /** The user has chosen their own password: this session may go everywhere its role allows. */
    public static void chosen(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(REQUIRED);
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!required(request)) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean get = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
        return (get && path.equals("/account"))
                || (HttpMethod.POST.matches(request.getMethod()) && path.equals("/account/password"))
                || path.equals("/logout") || path.equals("/error") || path.startsWith("/error/")
                || path.equals("/favicon.ico") || STATIC.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String account = request.getContextPath() + "/account";
        boolean htmx = request.getHeader("HX-Request") != null;
        String accept = request.getHeader("Accept");
        boolean api = htmx || (accept != null && accept.contains("json") && !accept.contains("text/html"));
        if (!api) {
            response.sendRedirect(account);
            return;
        }
        if (htmx) {
            response.setHeader("HX-Redirect", account);
        }
        String detail = messages.getMessage("pwchange.required", null, LocaleContextHolder.getLocale());
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\""
                + json(detail) + "\",\"instance\":\"" + json(request.getRequestURI()) + "\"}");
    }

    private static String json(String text) {
        var out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
