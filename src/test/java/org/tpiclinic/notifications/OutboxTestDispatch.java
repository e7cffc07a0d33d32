package org.tpiclinic.notifications;

import org.springframework.context.ApplicationContext;

/** Lets tests in other packages send the due outbox messages now, as the scheduled dispatcher would. */
public final class OutboxTestDispatch {

    private OutboxTestDispatch() {
    }

    public static int dispatchDue(ApplicationContext context) {
        return context.getBean(OutboxDispatcher.class).dispatchDue();
    }
}
