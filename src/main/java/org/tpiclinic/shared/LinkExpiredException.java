package org.tpiclinic.shared;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An emailed link that no longer works: a booking confirmation, a waitlist offer or an intake questionnaire link
 * past its time. Answered with 410 Gone and the one "this link no longer works" page ({@link #PAGE}); nothing
 * was read or changed. Thrown without a stack trace: it is an answer, not a fault.
 */
@ResponseStatus(HttpStatus.GONE)
public class LinkExpiredException extends RuntimeException {

    /** The one page for every link that no longer works (also Spring Boot's error page for status 410). */
    public static final String PAGE = "error/410";

    public LinkExpiredException() {
        super("This link no longer works", null, false, false);
    }

    /**
     * What the page suggests next.
     *
     * @param messageKey what the person can do now, from messages.properties ({@code {0}} is the practice's phone)
     * @param link       a page to go on to, or null
     * @param linkKey    the words of that link, or null
     */
    public record NextStep(String messageKey, String link, String linkKey) {
    }

    /**
     * Shows the one page for a link that does not work: 410 when it ran out ({@code why} is this exception), 404
     * when no such link exists (a mistyped or altered one).
     */
    public static String page(RuntimeException why, NextStep next, Model model, HttpServletResponse response) {
        boolean expired = why instanceof LinkExpiredException;
        response.setStatus(expired ? HttpServletResponse.SC_GONE : HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("expired", expired);
        model.addAttribute("next", next);
        return PAGE;
    }
}
