-- Every mail the SMTP server accepted, so that a retried job never mails twice (the idempotency key)
-- and a supervisor can show who was told what, and when.
CREATE TABLE mail_log (
    id              BIGSERIAL PRIMARY KEY,
    sent_at         TIMESTAMPTZ   NOT NULL,
    recipient       VARCHAR(320)  NOT NULL,
    template        VARCHAR(64)   NOT NULL,
    language        VARCHAR(2)    NOT NULL,
    subject         TEXT          NOT NULL,
    business_key    VARCHAR(64),
    idempotency_key VARCHAR(1000) NOT NULL,
    message_id      VARCHAR(255)  NOT NULL,
    CONSTRAINT mail_log_idempotency_key UNIQUE (idempotency_key)
);

CREATE INDEX mail_log_business_key ON mail_log (business_key, sent_at);
