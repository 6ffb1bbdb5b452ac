-- The ballot of an election, fixed once when registration closes: candidates in registration order.
-- The precinct protocols are checked against it, so it never changes after it is fixed.
CREATE TABLE ballot_line (
    election_id         BIGINT       NOT NULL REFERENCES election (id),
    position            INTEGER      NOT NULL CHECK (position > 0),
    registration_number VARCHAR(32)  NOT NULL,
    candidate_name      VARCHAR(300) NOT NULL,
    nominated_by        VARCHAR(300) NOT NULL,
    PRIMARY KEY (election_id, position),
    UNIQUE (election_id, registration_number)
);

ALTER TABLE election ADD COLUMN ballot_fixed_at TIMESTAMPTZ;

-- Every protocol a precinct commission submitted, failing ones included, so a supervisor can see each
-- correction. version 1 is the count of election night, each recount adds one; attempt numbers the
-- submissions within a version.
CREATE TABLE protocol (
    id                        BIGSERIAL PRIMARY KEY,
    election_id               BIGINT       NOT NULL REFERENCES election (id),
    precinct_id               BIGINT       NOT NULL REFERENCES precinct (id),
    version                   INTEGER      NOT NULL CHECK (version > 0),
    attempt                   INTEGER      NOT NULL CHECK (attempt > 0),
    status                    VARCHAR(16)  NOT NULL
        CHECK (status IN ('SUBMITTED', 'REJECTED', 'ACCEPTED', 'SUPERSEDED')),
    -- nullable: a blank line is a finding of the control checks, stored as entered
    voters_on_list            BIGINT,
    ballots_received          BIGINT,
    ballots_issued_at_station BIGINT,
    ballots_issued_at_home    BIGINT,
    ballots_cancelled         BIGINT,
    ballots_found             BIGINT,
    invalid_ballots           BIGINT,
    against_all               BIGINT,
    failures                  JSONB        NOT NULL DEFAULT '[]',
    submitted_by              VARCHAR(128) NOT NULL,
    submitted_at              TIMESTAMPTZ  NOT NULL,
    accepted_by               VARCHAR(128),
    accepted_at               TIMESTAMPTZ,
    superseded_at             TIMESTAMPTZ,
    -- a retried POST or a re-run step finds the protocol it already stored instead of adding one
    idempotency_key           VARCHAR(200) NOT NULL UNIQUE,
    UNIQUE (precinct_id, version, attempt),
    CHECK ((status IN ('ACCEPTED', 'SUPERSEDED')) = (accepted_by IS NOT NULL AND accepted_at IS NOT NULL))
);

-- One current (accepted) protocol per precinct: the one the tabulation counts
CREATE UNIQUE INDEX protocol_one_accepted_per_precinct ON protocol (precinct_id) WHERE status = 'ACCEPTED';
-- At most one protocol of a version waits for the territorial commission
CREATE UNIQUE INDEX protocol_one_waiting_per_version ON protocol (precinct_id, version) WHERE status = 'SUBMITTED';
CREATE INDEX protocol_election ON protocol (election_id, status);

CREATE TABLE protocol_candidate_votes (
    protocol_id         BIGINT      NOT NULL REFERENCES protocol (id),
    registration_number VARCHAR(32) NOT NULL,
    votes               BIGINT,
    PRIMARY KEY (protocol_id, registration_number)
);

-- An accepted protocol never changes (docs/RULES.md): the database refuses any update of its figures, and
-- the only change of status left is ACCEPTED -> SUPERSEDED by a recount.
CREATE FUNCTION protocol_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR OLD.status = 'SUPERSEDED'
       OR (OLD.status = 'ACCEPTED' AND (NEW.status <> 'SUPERSEDED'
           OR (NEW.voters_on_list, NEW.ballots_received, NEW.ballots_issued_at_station, NEW.ballots_issued_at_home,
               NEW.ballots_cancelled, NEW.ballots_found, NEW.invalid_ballots, NEW.against_all, NEW.accepted_by,
               NEW.accepted_at, NEW.version, NEW.precinct_id)
              IS DISTINCT FROM
              (OLD.voters_on_list, OLD.ballots_received, OLD.ballots_issued_at_station, OLD.ballots_issued_at_home,
               OLD.ballots_cancelled, OLD.ballots_found, OLD.invalid_ballots, OLD.against_all, OLD.accepted_by,
               OLD.accepted_at, OLD.version, OLD.precinct_id))) THEN
        RAISE EXCEPTION 'protocol % is % and can no longer change', OLD.id, OLD.status;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER protocol_immutable BEFORE UPDATE OR DELETE ON protocol
    FOR EACH ROW WHEN (OLD.status IN ('ACCEPTED', 'SUPERSEDED')) EXECUTE FUNCTION protocol_immutable();

CREATE FUNCTION protocol_votes_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM election.protocol p WHERE p.id = OLD.protocol_id AND p.status IN ('ACCEPTED', 'SUPERSEDED')) THEN
        RAISE EXCEPTION 'the votes of accepted protocol % can no longer change', OLD.protocol_id;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE TRIGGER protocol_votes_immutable BEFORE UPDATE OR DELETE ON protocol_candidate_votes
    FOR EACH ROW EXECUTE FUNCTION protocol_votes_immutable();

-- Which precinct commission members (pec-staff users) work for which precinct
CREATE TABLE pec_assignment (
    user_id     VARCHAR(128) NOT NULL,
    election_id BIGINT       NOT NULL REFERENCES election (id),
    precinct_id BIGINT       NOT NULL REFERENCES precinct (id),
    assigned_by VARCHAR(128) NOT NULL,
    assigned_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (user_id, precinct_id)
);

CREATE INDEX pec_assignment_precinct ON pec_assignment (precinct_id);
