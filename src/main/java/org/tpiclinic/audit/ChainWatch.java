package org.tpiclinic.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tpiclinic.audit.AuditLog.BrokenLink;
import org.tpiclinic.identity.CurrentUser;

/**
 * Checks the audit log (on start-up, on a schedule and when an admin asks), writes the signed checkpoints, and
 * keeps this node's latest result. When a check first fails it raises the alarm: an {@link AuditAction#ALERT}
 * entry, an {@link AuditChainBroken} event (email to the security contacts) and, while the failure lasts, a
 * banner on every page an admin opens.
 */
@Service
public class ChainWatch {

    private static final Logger LOG = LoggerFactory.getLogger(ChainWatch.class);
    private static final CurrentUser CHECKER = CurrentUser.system("audit-check");

    private final AuditChain chain;
    private final ChainAnchors anchors;
    private final AuditLog log;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate alerting;
    private final Clock clock;
    private final AtomicReference<Failure> failure = new AtomicReference<>();

    ChainWatch(AuditChain chain, ChainAnchors anchors, AuditLog log, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, Clock clock) {
        this.chain = chain;
        this.anchors = anchors;
        this.log = log;
        this.events = events;
        this.alerting = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The failure found by the latest check on this node, while it lasts. */
    public record Failure(long position, String reason, Instant detectedAt) {

        private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                .withZone(ZoneOffset.UTC);

        public String detectedAtUtc() {
            return UTC.format(detectedAt);
        }
    }

    public Optional<Failure> failure() {
        return Optional.ofNullable(failure.get());
    }

    /** Walks the whole chain against the checkpoints; raises the alarm if it does not hold. */
    public Optional<BrokenLink> check() {
        return settle(chain.verify());
    }

    /**
     * Checks what was written since the last checkpoint and, if it holds and the chain has grown, signs a new
     * checkpoint of its end. Does nothing when checkpoints are off.
     */
    public Optional<BrokenLink> anchor() {
        if (!anchors.enabled()) {
            return Optional.empty();
        }
        var last = anchors.read().last();
        var broken = settle(chain.verifySince(last));
        if (broken.isEmpty()) {
            var end = chain.end();
            if (end.position() > 0 && (last == null || end.position() > last.position())) {
                anchors.write(end.position(), end.hash(), clock.instant());
            }
        }
        return broken;
    }

    private Optional<BrokenLink> settle(Optional<BrokenLink> result) {
        if (result.isEmpty()) {
            if (failure.getAndSet(null) != null) {
                LOG.warn("The audit log check passes again");
            }
            return result;
        }
        var broken = result.get();
        var found = new Failure(broken.position(), broken.reason(), clock.instant());
        var before = failure.getAndSet(found);
        if (before == null || before.position() != found.position() || !Objects.equals(before.reason(),
                found.reason())) {
            LOG.error("The audit log check FAILED at position {}: {}", broken.position(), broken.reason());
            alerting.executeWithoutResult(status -> {
                log.record(CHECKER, null, AuditAction.ALERT, "audit log check failed at position "
                        + broken.position() + ": " + broken.reason());
                events.publishEvent(new AuditChainBroken(broken.position(), broken.reason(), found.detectedAt()));
            });
        } else {
            failure.set(new Failure(before.position(), before.reason(), before.detectedAt()));
        }
        return result;
    }
}
