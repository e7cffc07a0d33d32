package org.tpiclinic.outcomes;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A follow-up link past its time: 410, and the patient can answer in the portal instead. */
@ResponseStatus(HttpStatus.GONE)
public class FollowUpLinkExpired extends RuntimeException {

    public FollowUpLinkExpired() {
        super("This link has expired. You can still answer in the patient portal under My progress.");
    }
}
