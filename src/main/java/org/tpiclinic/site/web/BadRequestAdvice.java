package org.tpiclinic.site.web;

import java.io.IOException;
import java.sql.SQLException;
import java.time.DateTimeException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.tpiclinic.shared.FieldRefused;

/**
 * A domain rule refusing what a user sent ({@link FieldRefused}, or any {@link IllegalArgumentException}) is the
 * user's mistake, not ours: answer 400 with the rule's words, rendered by the error page, never a 500. The last line of the bound checks of decision 27: a value that got
 * past the {@link InputGuard} and its field's own limit and was then refused by the database as too long or
 * out of range (SQL state class 22) is a 400 too, and a duplicate or broken reference (class 23) a 409. The
 * database's message repeats the value, which may be patient text: it is neither shown nor logged.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class BadRequestAdvice {

    private final MessageSource messages;

    BadRequestAdvice(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * A refusal no form caught: an API client (one that asks for JSON) gets a {@code ProblemDetail} naming the
     * field ({@code field}, and {@code fields}: every refused field with its message); a browser gets the error page.
     */
    @ExceptionHandler(FieldRefused.class)
    ResponseEntity<ProblemDetail> refusedField(FieldRefused refused, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        var texts = refused.texts(messages, LocaleContextHolder.getLocale());
        String detail = String.join(" ", texts.values());
        if (!wantsJson(request)) {
            response.sendError(HttpStatus.BAD_REQUEST.value(), detail);
            return null;
        }
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Input refused");
        problem.setProperty("field", refused.field());
        problem.setProperty("fields", texts);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && !accept.contains(MediaType.TEXT_HTML_VALUE)
                && (accept.contains(MediaType.APPLICATION_JSON_VALUE) || accept.contains("+json"));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    void refused(IllegalArgumentException refused, HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.BAD_REQUEST.value(), refused.getMessage());
    }

    @ExceptionHandler(DateTimeException.class)
    void outOfRange(DateTimeException outOfRange, HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.BAD_REQUEST.value(), "A date or time is out of range. Check it and try again.");
    }

    @ExceptionHandler({ DataAccessException.class, DbActionExecutionException.class })
    void refusedByTheDatabase(RuntimeException refused, HttpServletResponse response) throws IOException {
        String state = sqlState(refused);
        if (state != null && state.startsWith("22")) {
            response.sendError(HttpStatus.BAD_REQUEST.value(),
                    "A value is too long or out of range. Shorten or correct it and try again.");
        } else if (state != null && state.startsWith("23")) {
            response.sendError(HttpStatus.CONFLICT.value(),
                    "This conflicts with a record that already exists. Reload the page and try again.");
        } else {
            throw refused;
        }
    }

    private static String sqlState(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
