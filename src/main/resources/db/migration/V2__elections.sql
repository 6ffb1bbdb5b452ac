-- One row per announced election; the election number is the business key of its processes
-- (docs/ARCHITECTURE.md "Data": identifiers that matter to people are stable and readable).
CREATE TABLE election (
    id                       BIGSERIAL PRIMARY KEY,
    election_number          VARCHAR(20)  NOT NULL UNIQUE,
    territory                VARCHAR(200) NOT NULL,
    level                    VARCHAR(16)  NOT NULL CHECK (level IN ('RURAL', 'DISTRICT')),
    post                     VARCHAR(200) NOT NULL,
    reason                   VARCHAR(16)  NOT NULL CHECK (reason IN ('REGULAR', 'REPEAT', 'EARLY')),
    call_date                DATE         NOT NULL,
    election_day             DATE         NOT NULL,
    term_end                 DATE,
    vacancy_date             DATE,
    -- the ruleset the election was called under: a newer ruleset never moves its deadlines
    ruleset_id               VARCHAR(64)  NOT NULL,
    -- a VARCHAR, not an enum type, so later process steps add states without a migration
    status                   VARCHAR(32)  NOT NULL DEFAULT 'ANNOUNCED',
    -- a REPEAT or EARLY election names the election it follows
    previous_election_number VARCHAR(20)  REFERENCES election (election_number),
    announced_by             VARCHAR(128) NOT NULL,
    announced_at             TIMESTAMPTZ  NOT NULL,
    created_at               TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at               TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE INDEX election_election_day ON election (election_day);

CREATE TABLE precinct (
    id              BIGSERIAL PRIMARY KEY,
    election_id     BIGINT       NOT NULL REFERENCES election (id),
    precinct_number INTEGER      NOT NULL CHECK (precinct_number > 0),
    address         VARCHAR(500) NOT NULL,
    voters          INTEGER      NOT NULL CHECK (voters >= 0),
    UNIQUE (election_id, precinct_number)
);

-- The deadlines as computed on announcement; timers read them from here, so a later ruleset
-- or a fix of the calendar code never silently moves a running election's dates.
CREATE TABLE calendar_deadline (
    election_id BIGINT       NOT NULL REFERENCES election (id),
    key         VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    due_at      TIMESTAMPTZ  NOT NULL,
    citation    TEXT         NOT NULL,
    certainty   VARCHAR(1)   NOT NULL CHECK (certainty IN ('C', 'P', 'U')),
    PRIMARY KEY (election_id, key)
);

-- Gap-free election numbers per year and level. The upsert takes a row lock, so two nodes
-- announcing at once queue on it instead of both reading the same maximum; a rolled-back
-- announcement gives its number back.
CREATE TABLE election_number_counter (
    year       INTEGER     NOT NULL,
    level_code VARCHAR(3)  NOT NULL,
    last_value INTEGER     NOT NULL,
    PRIMARY KEY (year, level_code)
);
