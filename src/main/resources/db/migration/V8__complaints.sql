-- One row per complaint or appeal to the territorial commission, from intake to the commission's
-- decision and, when appealed, the court's ruling. The complaint number ({election}-C001) is the
-- business key of its complaint process; who decided what and when stays on the row and in decision_log.
CREATE TABLE complaint (
    id                    BIGSERIAL PRIMARY KEY,
    complaint_number      VARCHAR(40)  NOT NULL UNIQUE,
    election_id           BIGINT       NOT NULL REFERENCES election (id),
    complainant_role      VARCHAR(20)  NOT NULL
        CHECK (complainant_role IN ('CANDIDATE', 'PARTY', 'OBSERVER', 'VOTER', 'COMMISSION_MEMBER')),
    -- personal data of the complainant: never shown on the public results page
    complainant_name      VARCHAR(200) NOT NULL,
    complainant_email     VARCHAR(320) NOT NULL,
    complainant_language  VARCHAR(2)   NOT NULL CHECK (complainant_language IN ('kk', 'ru', 'en')),
    subject               VARCHAR(32)  NOT NULL
        CHECK (subject IN ('REGISTRATION_DECISION', 'REFUSAL', 'PRECINCT_PROTOCOL', 'RESULT', 'ELECTION_DAY_VIOLATION')),
    -- what the complaint is about: a nomination reference, a precinct number, a result
    subject_reference     VARCHAR(100) NOT NULL,
    act_date              DATE         NOT NULL,
    text                  TEXT         NOT NULL,
    filed_at              TIMESTAMPTZ  NOT NULL,
    filed_by              VARCHAR(128) NOT NULL,
    status                VARCHAR(20)  NOT NULL
        CHECK (status IN ('RECEIVED', 'UNDER_REVIEW', 'INADMISSIBLE', 'DECIDED', 'APPEALED', 'COURT_RULED')),
    -- the last moment the complaint could be filed (ruleset complaints.filingDeadlineDays after the act)
    filing_deadline       TIMESTAMPTZ  NOT NULL,
    review_due_at         TIMESTAMPTZ,
    immediate_review      BOOLEAN,
    escalate_at           TIMESTAMPTZ,
    review_overdue_at     TIMESTAMPTZ,
    decision              VARCHAR(16)  CHECK (decision IN ('DISMISSED', 'UPHELD')),
    reasons               TEXT,
    remedy                VARCHAR(20)  CHECK (remedy IN ('RECOUNT', 'ANNUL_PRECINCT', 'DEREGISTER', 'REINSTATE', 'ANNUL_ELECTION')),
    remedy_precinct       INTEGER,
    remedy_nomination     VARCHAR(32),
    remedy_ground         VARCHAR(64),
    remedy_applied_at     TIMESTAMPTZ,
    decided_by            VARCHAR(128),
    decided_at            TIMESTAMPTZ,
    sequence              INTEGER      NOT NULL,
    UNIQUE (election_id, sequence),
    CHECK (remedy IS NULL OR decision = 'UPHELD')
);

CREATE INDEX complaint_election ON complaint (election_id, sequence);

-- Gap-free complaint numbers per election: the upsert takes a row lock, a rolled-back filing gives its number back.
CREATE TABLE complaint_counter (
    election_id     BIGINT  PRIMARY KEY REFERENCES election (id),
    last_complaint  INTEGER NOT NULL DEFAULT 0
);

-- Files attached to a complaint, in the database (no file system to back up or lose). The content
-- type is the one sniffed from the bytes; the declared one is kept to show what the sender claimed.
CREATE TABLE complaint_attachment (
    id              BIGSERIAL PRIMARY KEY,
    complaint_id    BIGINT       NOT NULL REFERENCES complaint (id),
    file_name       VARCHAR(255) NOT NULL,
    content_type    VARCHAR(100) NOT NULL,
    declared_type   VARCHAR(255),
    size_bytes      INTEGER      NOT NULL CHECK (size_bytes > 0),
    sha256          VARCHAR(64)  NOT NULL,
    content         BYTEA        NOT NULL,
    uploaded_by     VARCHAR(128) NOT NULL,
    uploaded_at     TIMESTAMPTZ  NOT NULL
);

CREATE INDEX complaint_attachment_complaint ON complaint_attachment (complaint_id);

-- An appeal of the commission's decision to court, as staff record it, and later the court's ruling.
-- A ruling that overturns the decision carries the remedy the court ordered.
CREATE TABLE court_appeal (
    id                  BIGSERIAL PRIMARY KEY,
    complaint_id        BIGINT       NOT NULL UNIQUE REFERENCES complaint (id),
    court_name          VARCHAR(200) NOT NULL,
    appealed_on         DATE         NOT NULL,
    case_number         VARCHAR(64)  NOT NULL,
    recorded_by         VARCHAR(128) NOT NULL,
    recorded_at         TIMESTAMPTZ  NOT NULL,
    ruling              VARCHAR(20)  CHECK (ruling IN ('UPHELD_DECISION', 'OVERTURNED')),
    ruled_on            DATE,
    ruling_summary      TEXT,
    remedy              VARCHAR(20)  CHECK (remedy IN ('RECOUNT', 'ANNUL_PRECINCT', 'DEREGISTER', 'REINSTATE', 'ANNUL_ELECTION')),
    remedy_precinct     INTEGER,
    remedy_nomination   VARCHAR(32),
    remedy_ground       VARCHAR(64),
    remedy_applied_at   TIMESTAMPTZ,
    ruling_recorded_by  VARCHAR(128),
    ruling_recorded_at  TIMESTAMPTZ,
    CHECK (remedy IS NULL OR ruling = 'OVERTURNED')
);
