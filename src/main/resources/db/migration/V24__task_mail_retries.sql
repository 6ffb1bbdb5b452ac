-- A new-task mail the mail server did not take, to be sent again (kz.election.notification.digest): one row per
-- task and member until it is sent, the task closes, or the member no longer asks. The mail itself is
-- rendered anew from the task at each attempt; the idempotency key of the mail log keeps it to one mail.
CREATE TABLE task_mail_retry (
    task_id          VARCHAR(64)  NOT NULL,
    user_id          VARCHAR(64)  NOT NULL,
    attempts         INTEGER      NOT NULL CHECK (attempts > 0),
    next_attempt_at  TIMESTAMPTZ  NOT NULL,
    last_error       VARCHAR(500) NOT NULL,
    PRIMARY KEY (task_id, user_id)
);
CREATE INDEX task_mail_retry_due ON task_mail_retry (next_attempt_at);
