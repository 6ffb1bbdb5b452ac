-- Every decision a person makes is kept with who, when and why (docs/ARCHITECTURE.md "Data"),
-- beside Camunda's history, so a supervisor can answer "who accepted this protocol" years later.
CREATE TABLE decision_log (
    id                  BIGSERIAL PRIMARY KEY,
    decided_at          TIMESTAMPTZ  NOT NULL,
    actor               VARCHAR(128) NOT NULL,
    business_key        VARCHAR(64)  NOT NULL,
    process_instance_id VARCHAR(64),
    activity_id         VARCHAR(255),
    decision            VARCHAR(64)  NOT NULL,
    reason              TEXT,
    details             JSONB        NOT NULL DEFAULT '{}'::jsonb
);

CREATE INDEX decision_log_business_key ON decision_log (business_key, decided_at);
