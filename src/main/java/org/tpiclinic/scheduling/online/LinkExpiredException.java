package org.tpiclinic.scheduling.online;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The confirmation link is too old: answered with 410 Gone. Nothing was booked. */
@ResponseStatus(HttpStatus.GONE)
public class LinkExpiredException extends RuntimeException {

    public LinkExpiredException() {
        super("This link has expired", null, false, false);
    }
}
