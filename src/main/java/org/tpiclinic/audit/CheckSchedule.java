package org.tpiclinic.audit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Checks the audit log without anyone asking: the whole chain shortly after start-up and then every
 * {@code tpi.audit.check.interval} (default 1 h), and what was added since the last signed checkpoint every
 * {@code tpi.audit.check.anchor-interval} (default 5 min), writing a new checkpoint when that holds. Every node
 * checks for itself and keeps its own checkpoint file. Tests switch it off with
 * {@code tpi.audit.check.scheduled=false} and call {@link ChainWatch}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "tpi.audit.check.scheduled", matchIfMissing = true)
class CheckSchedule {

    private final ChainWatch watch;

    CheckSchedule(ChainWatch watch) {
        this.watch = watch;
    }

    @Scheduled(initialDelayString = "${tpi.audit.check.initial-delay:10s}",
            fixedDelayString = "${tpi.audit.check.interval:1h}")
    void check() {
        watch.check();
    }

    @Scheduled(initialDelayString = "${tpi.audit.check.anchor-interval:5m}",
            fixedDelayString = "${tpi.audit.check.anchor-interval:5m}")
    void anchor() {
        watch.anchor();
    }
}
