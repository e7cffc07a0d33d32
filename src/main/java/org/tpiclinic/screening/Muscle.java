package org.tpiclinic.screening;

/**
 * Muscles commonly injected (clinical reference §1.1), flagged when they lie over the thorax or near the lung,
 * where a needle risks a pneumothorax (reference §1.2, §7.5: thoracic, neck, upper-back and chest-wall sites).
 */
public enum Muscle {
    UPPER_TRAPEZIUS(true), LEVATOR_SCAPULAE(true), RHOMBOIDS(true), INFRASPINATUS(true), PECTORALIS_MAJOR(true),
    SERRATUS_ANTERIOR(true), SCALENES(true), STERNOCLEIDOMASTOID(false), SPLENIUS_CAPITIS(false),
    TEMPORALIS(false), MASSETER(false), QUADRATUS_LUMBORUM(false), GLUTEUS_MEDIUS(false), PIRIFORMIS(false),
    ILIOPSOAS(false);

    private final boolean nearThorax;

    Muscle(boolean nearThorax) {
        this.nearThorax = nearThorax;
    }

    public boolean nearThorax() {
        return nearThorax;
    }
}
