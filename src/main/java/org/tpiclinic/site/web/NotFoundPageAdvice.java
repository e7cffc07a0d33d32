package org.tpiclinic.site.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address nothing answers: a browser gets the site's own 404 page, an API client the ProblemDetail. Without
 * this, the ProblemDetail handler answers browsers with JSON too, because a ProblemDetail falls back to JSON when
 * HTML is asked for. The same holds for an address whose id is not an id at all (a link cut short, a typo): a
 * browser gets the 400 page in plain words, an API client the ProblemDetail it always had.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotFoundPageAdvice {

    private final MessageSource messages;

    NotFoundPageAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({ NoHandlerFoundException.class, NoResourceFoundException.class })
    ResponseEntity<ProblemDetail> notFound(ErrorResponse missing, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        return ResponseEntity.status(missing.getStatusCode()).body(missing.getBody());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> notAnId(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST,
                    messages.getMessage("error.400.badAddress", null, LocaleContextHolder.getLocale()));
            return null;
        }
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                        "Failed to convert '" + mismatch.getName() + "' with value: '" + mismatch.getValue() + "'"));
    }
}
