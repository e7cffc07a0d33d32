package org.tpiclinic.waitlist;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs {@link WaitlistSweep} every {@code tpi.waitlist.sweep-interval} (default 1 min) on every node. Tests
 * switch it off with {@code tpi.waitlist.scheduled=false} and run the sweep themselves with a moved clock.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "tpi.waitlist.scheduled", matchIfMissing = true)
class WaitlistSchedule {

    private final WaitlistSweep sweep;

    WaitlistSchedule(WaitlistSweep sweep) {
        this.sweep = sweep;
    }

    @Scheduled(fixedDelayString = "${tpi.waitlist.sweep-interval:1m}",
            initialDelayString = "${tpi.waitlist.sweep-interval:1m}")
    void sweep() {
        sweep.sweep();
    }
}
