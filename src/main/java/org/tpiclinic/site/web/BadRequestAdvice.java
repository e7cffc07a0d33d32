package org.tpiclinic.site.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A domain rule refusing what a user sent is the user's mistake, not ours: answer 400 with the rule's words,
 * rendered by the error page, never a 500.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class BadRequestAdvice {

    @ExceptionHandler(IllegalArgumentException.class)
    void refused(IllegalArgumentException refused, HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.BAD_REQUEST.value(), refused.getMessage());
    }
}
