package org.tpiclinic.audit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Links new audit entries into the chain every {@code tpi.audit.chain-interval} (default 1 s) on every node; the
 * head-row lock in {@link AuditChain} lets one node link at a time. Tests switch it off with
 * {@code tpi.audit.chain-scheduled=false} and link on demand.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "tpi.audit.chain-scheduled", matchIfMissing = true)
class ChainSchedule {

    private final AuditChain chain;

    ChainSchedule(AuditChain chain) {
        this.chain = chain;
    }

    @Scheduled(fixedDelayString = "${tpi.audit.chain-interval:1s}", initialDelayString = "${tpi.audit.chain-interval:1s}")
    void link() {
        chain.link();
    }
}
