package org.tpiclinic.site.web;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one bound check every request passes before anything reads it: sign-in, binding, our handlers (decision
 * 22). It answers 400, with a message that names the parameter but never repeats its value, to a request with
 * <ul>
 * <li>a list index of {@value #MAX_INDEX} or more in a parameter name ({@code allergies[50000000].name}): forms
 * bound field by field grow their lists to any index a request names, ignoring the binder's auto-grow limit
 * (decision 20);</li>
 * <li>a parameter name longer than {@value #MAX_NAME} characters, or a value longer than {@value #MAX_VALUE}
 * (a drawn signature, sent as a data URL, may be longer: {@link #LONGER}; the sign-in name is at most as long as
 * an account name can be: {@link #SHORTER}); each field's own limit, matching its column, is checked beside it
 * by bean validation;</li>
 * <li>a control character other than tab, line feed and carriage return (NUL, escape, C1 controls): no one types
 * these into a form;</li>
 * <li>a date whose year has more than four digits or a sign ({@code +999999999-12-31}): no column stores it and
 * date arithmetic overflows.</li>
 * </ul>
 * Direction-formatting characters (U+202E) pass here, since text pasted from another program may carry them;
 * names refuse them beside their field ({@code shared.PlainText}). A direct request to {@code /error} is
 * answered 404: that page only renders the errors of other requests.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class InputGuard extends OncePerRequestFilter {

    static final int MAX_INDEX = 100;
    static final int MAX_NAME = 200;
    static final int MAX_VALUE = 10_000;
    /** Parameters that may be longer than {@link #MAX_VALUE}. */
    static final Map<String, Integer> LONGER = Map.of("signature", 2_000_000);
    /** Parameters that must be shorter, because nothing binds them to a form with its own limit. */
    static final Map<String, Integer> SHORTER = Map.of("username", 64);

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    private static final Pattern EXTREME_DATE = Pattern.compile("^\\s*([+-]\\d+|\\d{5,}|0000)-\\d{1,2}-\\d{1,2}.*",
            Pattern.DOTALL);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.REQUEST && "/error".equals(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String refusal = null;
        for (var parameter : request.getParameterMap().entrySet()) {
            refusal = refusal(parameter.getKey(), parameter.getValue());
            if (refusal != null) {
                break;
            }
        }
        if (refusal != null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, refusal);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Why a parameter is refused, in words a person can act on, or null when it may pass. */
    static String refusal(String name, String[] values) {
        if (name.length() > MAX_NAME || hasControl(name)) {
            return "This form has no such field.";
        }
        var index = INDEX.matcher(name);
        while (index.find()) {
            if (index.group(1).length() > 3 || Integer.parseInt(index.group(1)) >= MAX_INDEX) {
                return "This form has no line " + index.group(1) + ".";
            }
        }
        String field = INDEX.matcher(name).replaceAll("");
        int max = SHORTER.getOrDefault(field, LONGER.getOrDefault(field, MAX_VALUE));
        for (String value : values) {
            if (value.length() > max) {
                return "“" + name + "” is too long: at most " + max + " characters.";
            }
            if (hasControl(value)) {
                return "“" + name + "” contains a control character. Type it again without it.";
            }
            if (value.length() < 40 && EXTREME_DATE.matcher(value).matches()) {
                return "“" + name + "” is not a date between the years 1 and 9999.";
            }
        }
        return null;
    }

    private static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f) {
                return true;
            }
        }
        return false;
    }
}
