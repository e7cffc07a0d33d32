package org.tpiclinic.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value that lives as long as the current transaction, such as the audit entries it has recorded or the copy of
 * the set-up it checked. While an inner {@code REQUIRES_NEW} transaction runs the value is set aside, so the inner
 * one starts without it; when the transaction completes it is gone.
 */
public final class TransactionBound {

    private TransactionBound() {
    }

    /** The value bound under {@code key} to the current transaction, or null. */
    @SuppressWarnings("unchecked")
    public static <T> T get(Object key) {
        return (T) TransactionSynchronizationManager.getResource(key);
    }

    /**
     * Binds {@code value} under {@code key} until the current transaction completes (synchronization must be
     * active). {@code work}, if not null, is told of the commit ({@code beforeCommit}) and of the completion
     * ({@code afterCompletion}, after the value is unbound).
     */
    public static <T> T bind(Object key, T value, TransactionSynchronization work) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void suspend() {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
            }

            @Override
            public void resume() {
                TransactionSynchronizationManager.bindResource(key, value);
            }

            @Override
            public void beforeCommit(boolean readOnly) {
                if (work != null) {
                    work.beforeCommit(readOnly);
                }
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
                if (work != null) {
                    work.afterCompletion(status);
                }
            }
        });
        TransactionSynchronizationManager.bindResource(key, value);
        return value;
    }
}
