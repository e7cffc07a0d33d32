package org.tpiclinic.notifications;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the dispatcher every {@code tpi.notifications.dispatch-interval} (default 10 s). Every node runs it; the
 * claim in {@link OutboxDispatcher} keeps nodes from sending the same message. Tests switch it off with
 * {@code tpi.notifications.scheduled=false} and call the dispatcher themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "tpi.notifications.scheduled", matchIfMissing = true)
class DispatchSchedule {

    private final OutboxDispatcher dispatcher;

    DispatchSchedule(OutboxDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelayString = "${tpi.notifications.dispatch-interval:10s}",
            initialDelayString = "${tpi.notifications.dispatch-interval:10s}")
    void dispatch() {
        dispatcher.dispatchDue();
    }
}
