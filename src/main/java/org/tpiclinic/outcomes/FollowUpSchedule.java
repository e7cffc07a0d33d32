package org.tpiclinic.outcomes;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Looks for due monthly follow-ups every {@code tpi.outcomes.follow-up.interval} (default 1 h). Every node may
 * run it: issuing is idempotent. Tests switch it off with {@code tpi.outcomes.scheduled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(FollowUpSettings.class)
class FollowUpSchedule {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty(name = "tpi.outcomes.scheduled", matchIfMissing = true)
    static class Runner {

        private final FollowUpLinks links;

        Runner(FollowUpLinks links) {
            this.links = links;
        }

        @Scheduled(fixedDelayString = "${tpi.outcomes.follow-up.interval:1h}", initialDelayString = "PT2M")
        void issue() {
            links.issueDue();
        }
    }
}
