-- Email outbox: written in the same transaction as the change that causes the message, sent later by the
-- dispatcher. dedupe_key makes enqueueing idempotent (at-least-once producers, one message).
CREATE TABLE outbox_messages (
    id          UUID         NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL,
    dedupe_key  VARCHAR(200) NOT NULL,
    recipient   VARCHAR(320) NOT NULL,
    subject     VARCHAR(300) NOT NULL,
    text_body   TEXT         NOT NULL,
    html_body   TEXT,
    ics         TEXT,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    send_after  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    attempts    INT          NOT NULL,
    last_error  VARCHAR(1000),
    sent_at     TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT outbox_messages_dedupe_key_uq UNIQUE (dedupe_key),
    CONSTRAINT outbox_messages_status_ck
        CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'KEPT', 'WITHDRAWN'))
);
-- The dispatcher's question: what is due now?
CREATE INDEX outbox_messages_due_idx ON outbox_messages (status, send_after);
CREATE INDEX outbox_messages_created_idx ON outbox_messages (created_at);
