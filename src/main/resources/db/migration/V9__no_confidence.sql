-- Motions of no confidence in an akim elected through this system, and the other early ends of a
-- term (resignation, death) that lead to an EARLY election. The motion number is the business key
-- of its noConfidence process; every decision (who, when, why) stays on the row and in decision_log.
CREATE TABLE motion (
    id                     BIGSERIAL PRIMARY KEY,
    motion_number          VARCHAR(20)  NOT NULL UNIQUE,
    -- MOTION: a maslikhat's motion of no confidence; RESIGNATION, DEATH: the term ended otherwise
    kind                   VARCHAR(16)  NOT NULL CHECK (kind IN ('MOTION', 'RESIGNATION', 'DEATH')),
    -- the election that made the akim (its certified result names them)
    election_number        VARCHAR(20)  NOT NULL REFERENCES election (election_number),
    -- the akim as certified, with the address and language of their nomination: mails reach them
    -- even after the term has ended
    akim_name              VARCHAR(200) NOT NULL,
    akim_email             VARCHAR(320) NOT NULL,
    akim_language          VARCHAR(2)   NOT NULL CHECK (akim_language IN ('kk', 'ru', 'en')),
    maslikhat_name         VARCHAR(200) NOT NULL,
    deputies_total         INTEGER      CHECK (deputies_total > 0),
    ground                 VARCHAR(32)  CHECK (ground IN ('REPORTS_REJECTED_TWICE', 'OTHER')),
    grounds_text           TEXT,
    -- the dates the maslikhat rejected the akim's reports, as a JSON list of YYYY-MM-DD
    reports_rejected_on    JSONB        NOT NULL DEFAULT '[]'::jsonb,
    -- the ruleset in force on the filing day: a newer one never changes a running motion
    ruleset_id             VARCHAR(64)  NOT NULL,
    filed_on               DATE         NOT NULL,
    filed_by               VARCHAR(128) NOT NULL,
    filed_at               TIMESTAMPTZ  NOT NULL,
    status                 VARCHAR(24)  NOT NULL CHECK (status IN ('FILED', 'INADMISSIBLE', 'ADMITTED', 'FAILED',
                               'CARRIED', 'REFUSED', 'DISMISSED', 'TERM_ENDED', 'EARLY_ELECTION_CALLED')),
    -- every admissibility rule's code, outcome and message, as checked
    admissibility          JSONB,
    inadmissible_reason    TEXT,
    vote_on                DATE,
    votes_for              INTEGER      CHECK (votes_for >= 0),
    votes_against          INTEGER      CHECK (votes_against >= 0),
    votes_abstained        INTEGER      CHECK (votes_abstained >= 0),
    vote_deputies_total    INTEGER      CHECK (vote_deputies_total > 0),
    vote_recorded_by       VARCHAR(128),
    decision_due_at        TIMESTAMPTZ,
    decision               VARCHAR(8)   CHECK (decision IN ('DISMISS', 'REFUSE')),
    decided_by_authority   VARCHAR(200),
    decision_reference     VARCHAR(200),
    decided_on             DATE,
    decision_recorded_by   VARCHAR(128),
    -- the day the term ended: the dismissal, resignation or death
    term_ended_on          DATE,
    term_end_reference     VARCHAR(200),
    proposed_election_day  DATE,
    -- by when the territorial commission must call the early election (vacancy + the ruleset's days)
    early_call_due_at      TIMESTAMPTZ,
    early_election_number  VARCHAR(20)  REFERENCES election (election_number),
    early_election_called_by VARCHAR(128),
    CHECK (votes_for IS NULL OR votes_for + votes_against + votes_abstained <= vote_deputies_total)
);

CREATE INDEX motion_election ON motion (election_number, status);

-- The deputies who initiated a motion, in the order they signed; a signature date means it is recorded.
CREATE TABLE motion_initiator (
    motion_id   BIGINT       NOT NULL REFERENCES motion (id),
    position    INTEGER      NOT NULL,
    full_name   VARCHAR(200) NOT NULL,
    signed_on   DATE,
    PRIMARY KEY (motion_id, position)
);

-- Citizens' appeals asking the maslikhat for a motion, recorded by staff and answered by the secretariat.
CREATE TABLE citizen_appeal (
    id                BIGSERIAL PRIMARY KEY,
    appeal_number     VARCHAR(20)  NOT NULL UNIQUE,
    election_number   VARCHAR(20)  NOT NULL REFERENCES election (election_number),
    citizen_name      VARCHAR(200) NOT NULL,
    citizen_contact   VARCHAR(320),
    received_on       DATE         NOT NULL,
    summary           TEXT         NOT NULL,
    recorded_by       VARCHAR(128) NOT NULL,
    recorded_at       TIMESTAMPTZ  NOT NULL,
    outcome           VARCHAR(16)  CHECK (outcome IN ('MOTION_FILED', 'NO_MOTION')),
    outcome_note      TEXT,
    motion_number     VARCHAR(20)  REFERENCES motion (motion_number),
    answered_by       VARCHAR(128),
    answered_at       TIMESTAMPTZ
);

-- Gap-free numbers per year (NC-2026-0007, NCA-2026-0003); the upsert's row lock queues two nodes.
CREATE TABLE motion_number_counter (
    year       INTEGER     NOT NULL,
    series     VARCHAR(3)  NOT NULL,
    last_value INTEGER     NOT NULL,
    PRIMARY KEY (year, series)
);
