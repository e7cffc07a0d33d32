package org.tpiclinic.screening;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An intake link that has expired: 410 Gone. Nothing was read or changed. */
@ResponseStatus(HttpStatus.GONE)
public class IntakeLinkExpired extends RuntimeException {

    public IntakeLinkExpired() {
        super("This intake link has expired", null, false, false);
    }
}
