-- One row per nomination filed with a territorial commission, from filing to registered, refused,
-- withdrawn or deregistered. The reference number is the business key of its candidateRegistration
-- process; every rule result and every decision (who, when, why) stays on the row.
CREATE TABLE nomination (
    id                     BIGSERIAL PRIMARY KEY,
    reference_number       VARCHAR(32)  NOT NULL UNIQUE,
    election_id            BIGINT       NOT NULL REFERENCES election (id),
    full_name              VARCHAR(200) NOT NULL,
    iin                    VARCHAR(12)  NOT NULL,
    birth_date             DATE,
    citizenship            VARCHAR(2),
    address                VARCHAR(500) NOT NULL,
    email                  VARCHAR(320) NOT NULL,
    language               VARCHAR(2)   NOT NULL CHECK (language IN ('kk', 'ru', 'en')),
    nomination_type        VARCHAR(8)   NOT NULL CHECK (nomination_type IN ('PARTY', 'SELF')),
    party_name             VARCHAR(200),
    signatures_submitted   INTEGER      NOT NULL DEFAULT 0 CHECK (signatures_submitted >= 0),
    signatures_checked     INTEGER,
    signatures_invalid     INTEGER,
    deposit_receipt        VARCHAR(100),
    -- document code -> date received
    documents              JSONB        NOT NULL DEFAULT '{}'::jsonb,
    -- legalCapacity / noCriminalRecord / noCorruptionOffence -> DeclarationStatus
    declarations           JSONB        NOT NULL,
    -- qualification item code -> met, as staff answered
    qualification_answers  JSONB        NOT NULL DEFAULT '{}'::jsonb,
    filed_at               TIMESTAMPTZ  NOT NULL,
    filed_by               VARCHAR(128) NOT NULL,
    status                 VARCHAR(16)  NOT NULL
        CHECK (status IN ('FILED', 'UNDER_REVIEW', 'REGISTERED', 'REFUSED', 'WITHDRAWN', 'DEREGISTERED')),
    -- every rule's code, name, citation, outcome and message, as last run
    checklist              JSONB,
    checked_at             TIMESTAMPTZ,
    decision_due_at        TIMESTAMPTZ,
    decision_overdue_at    TIMESTAMPTZ,
    decision               VARCHAR(16)  CHECK (decision IN ('REGISTER', 'REFUSE')),
    ground_codes           JSONB,
    reasoning              TEXT,
    decided_by             VARCHAR(128),
    decided_at             TIMESTAMPTZ,
    registration_number    VARCHAR(40)  UNIQUE,
    registration_order     INTEGER,
    removed_at             TIMESTAMPTZ,
    removed_by             VARCHAR(128),
    withdrawal_reason      TEXT,
    deregistration_ground  VARCHAR(64),
    deregistration_reason  TEXT,
    UNIQUE (election_id, registration_order)
);

-- The same person stands only once in one election (docs/RULES.md); a refused or withdrawn person may file again.
CREATE UNIQUE INDEX nomination_active_person ON nomination (election_id, iin)
    WHERE status IN ('FILED', 'UNDER_REVIEW', 'REGISTERED');
CREATE INDEX nomination_election_status ON nomination (election_id, status);

-- Gap-free reference and registration numbers per election. The upsert takes a row lock, so two
-- nodes filing at once queue on it; a rolled-back filing gives its number back.
CREATE TABLE nomination_counter (
    election_id       BIGINT  PRIMARY KEY REFERENCES election (id),
    last_nomination   INTEGER NOT NULL DEFAULT 0,
    last_registration INTEGER NOT NULL DEFAULT 0
);
