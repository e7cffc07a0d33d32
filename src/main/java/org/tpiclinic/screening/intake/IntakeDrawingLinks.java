package org.tpiclinic.screening.intake;

import org.springframework.stereotype.Component;
import org.tpiclinic.assessment.DrawingLinks;
import org.tpiclinic.screening.IntakeLinks;
import org.tpiclinic.shared.LinkExpiredException;
import org.tpiclinic.shared.NotFoundException;

/** The intake link also opens the patient's pain drawing: the same token, the same patient, the same expiry. */
@Component
class IntakeDrawingLinks implements DrawingLinks {

    private final IntakeLinks links;

    IntakeDrawingLinks(IntakeLinks links) {
        this.links = links;
    }

    @Override
    public Holder holder(String token) {
        try {
            return new Holder(Standing.VALID, links.redeem(token));
        } catch (NotFoundException unknown) {
            return new Holder(Standing.UNKNOWN, null);
        } catch (LinkExpiredException expired) {
            return new Holder(Standing.EXPIRED, null);
        }
    }
}
