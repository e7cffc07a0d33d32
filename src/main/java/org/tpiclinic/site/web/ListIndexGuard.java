package org.tpiclinic.site.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose parameter names carry a list index of {@value #MAX_INDEX} or more
 * ({@code allergies[50000000].name}). Forms bound field by field (direct field access) grow their lists to any
 * index a request names, ignoring the binder's auto-grow limit, so one crafted request could fill the heap; no
 * form of ours has anywhere near that many lines.
 */
@Component
class ListIndexGuard extends OncePerRequestFilter {

    static final int MAX_INDEX = 100;

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (String name : request.getParameterMap().keySet()) {
            var index = INDEX.matcher(name);
            while (index.find()) {
                if (index.group(1).length() > 3 || Integer.parseInt(index.group(1)) >= MAX_INDEX) {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST,
                            "This form has no line " + index.group(1) + ".");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
