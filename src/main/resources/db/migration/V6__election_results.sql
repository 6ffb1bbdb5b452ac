-- The election process's own tables (PROCESS-CONTRACTS.md, V6): result versions, excluded precincts,
-- the certified akim's term, and the links between an election and the one that repeats it.

-- One row per result version. A version is never changed after it is established, except to record
-- its publication; a revision (recount, annulled precinct) adds the next version.
CREATE TABLE election_result (
    id              BIGSERIAL PRIMARY KEY,
    election_id     BIGINT       NOT NULL REFERENCES election (id),
    version         INTEGER      NOT NULL CHECK (version > 0),
    -- ELECTED, REPEAT_VOTING, FAILED_AGAINST_ALL, NO_VALID_RESULT (the tally), or INVALID (declared by the TEC)
    outcome         VARCHAR(24)  NOT NULL
        CHECK (outcome IN ('ELECTED', 'REPEAT_VOTING', 'FAILED_AGAINST_ALL', 'NO_VALID_RESULT', 'INVALID')),
    tally_outcome   VARCHAR(24)  NOT NULL
        CHECK (tally_outcome IN ('ELECTED', 'REPEAT_VOTING', 'FAILED_AGAINST_ALL', 'NO_VALID_RESULT')),
    winner_registration_number VARCHAR(32),
    winner_name     VARCHAR(200),
    -- registration numbers of the candidates tied at the top (REPEAT_VOTING)
    tied            JSONB        NOT NULL DEFAULT '[]'::jsonb,
    -- the whole tabulation: totals, every candidate's votes and share, turnout, precincts counted/excluded
    tabulation      JSONB        NOT NULL,
    cause           VARCHAR(300) NOT NULL,
    tabulated_at    TIMESTAMPTZ  NOT NULL,
    established_by  VARCHAR(128),
    established_at  TIMESTAMPTZ,
    -- why the TEC declared the election invalid, when it did
    invalidity_reason TEXT,
    published_by    VARCHAR(128),
    published_at    TIMESTAMPTZ,
    UNIQUE (election_id, version),
    -- validation and publication are two steps by two people (docs/ARCHITECTURE.md)
    CHECK (published_by IS NULL OR established_by IS NULL OR published_by <> established_by
           OR published_by = 'system')
);

-- A precinct whose results were annulled (complaint remedy): excluded from every later tabulation.
CREATE TABLE precinct_exclusion (
    election_id      BIGINT       NOT NULL REFERENCES election (id),
    precinct_number  INTEGER      NOT NULL,
    complaint_number VARCHAR(40),
    excluded_at      TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (election_id, precinct_number)
);

-- The akim an election made: who, from, to, and how the term ended (dismissed, resigned, died).
CREATE TABLE akim_term (
    id                  BIGSERIAL PRIMARY KEY,
    election_id         BIGINT       NOT NULL UNIQUE REFERENCES election (id),
    registration_number VARCHAR(32)  NOT NULL,
    akim_name           VARCHAR(200) NOT NULL,
    result_version      INTEGER      NOT NULL,
    term_from           DATE         NOT NULL,
    term_to             DATE         NOT NULL CHECK (term_to > term_from),
    certified_by        VARCHAR(128) NOT NULL,
    certified_at        TIMESTAMPTZ  NOT NULL,
    ended_on            DATE,
    end_reason          VARCHAR(16)  CHECK (end_reason IN ('DISMISSED', 'RESIGNED', 'DIED')),
    end_reference       VARCHAR(100),
    ended_by            VARCHAR(128),
    CHECK ((ended_on IS NULL) = (end_reason IS NULL))
);

-- A repeat voting of tied candidates names the election whose tie it settles (its ballot comes from there);
-- a REPEAT election after a failed one keeps using previous_election_number.
ALTER TABLE election ADD COLUMN repeat_voting_of VARCHAR(20) REFERENCES election (election_number);
-- why the process ended the election early (CANCELLED, ANNULLED), for the record and the public page
ALTER TABLE election ADD COLUMN ended_reason TEXT;
