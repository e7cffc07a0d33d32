package org.tpiclinic.aftercare;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs {@link CheckInSweep} every {@code tpi.aftercare.sweep-interval} (default 1 min) on every node; the sweep's
 * claim makes that safe. Tests switch it off with {@code tpi.aftercare.scheduled=false} and sweep with a moved clock.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "tpi.aftercare.scheduled", matchIfMissing = true)
class CheckInSchedule {

    private final CheckInSweep sweep;

    CheckInSchedule(CheckInSweep sweep) {
        this.sweep = sweep;
    }

    @Scheduled(fixedDelayString = "${tpi.aftercare.sweep-interval:1m}",
            initialDelayString = "${tpi.aftercare.sweep-interval:1m}")
    void sweep() {
        sweep.sweep();
    }
}
