-- What each staff member asked to be mailed about (kz.election.notification.digest); nothing until they ask.
CREATE TABLE staff_notification (
    user_id        VARCHAR(64)  PRIMARY KEY,
    task_digest    VARCHAR(16)  NOT NULL DEFAULT 'OFF' CHECK (task_digest IN ('OFF', 'IMMEDIATE', 'DAILY')),
    protocol_entry BOOLEAN      NOT NULL DEFAULT FALSE,
    language       VARCHAR(2)   NOT NULL CHECK (language IN ('kk', 'ru', 'en')),
    changed_at     TIMESTAMPTZ  NOT NULL
);

-- One daily digest per member and day: the node that inserts the row sends it, every other node skips it.
CREATE TABLE task_digest_day (
    user_id     VARCHAR(64) NOT NULL,
    digest_day  DATE        NOT NULL,
    claimed_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, digest_day)
);
