package org.tpiclinic.screening;

import org.tpiclinic.assessment.BodySite;
import org.tpiclinic.assessment.Side;

/** Body sites for tests, by atlas muscle code: {@code left("UPPER_TRAPEZIUS")}. */
public final class TestSites {

    private TestSites() {
    }

    public static BodySite left(String muscle) {
        return new BodySite(muscle, Side.LEFT);
    }

    public static BodySite right(String muscle) {
        return new BodySite(muscle, Side.RIGHT);
    }
}
