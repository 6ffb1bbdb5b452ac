-- Election-day turnout as each precinct commission reports it: ballots issued so far at a report time of
-- the ruleset (calendar.<LEVEL>.turnoutReportTimes, and the close of polls). The expected times are
-- computed from the stored calendar, so a report that never came shows as MISSING without a row here.
CREATE TABLE turnout_report (
    id             BIGSERIAL PRIMARY KEY,
    election_id    BIGINT       NOT NULL REFERENCES election (id),
    precinct_id    BIGINT       NOT NULL REFERENCES precinct (id),
    -- the report time as people say it, local time of election day: "10:00", ..., "20:00" (close)
    report_hour    VARCHAR(5)   NOT NULL CHECK (report_hour ~ '^[0-2][0-9]:[0-5][0-9]$'),
    report_at      TIMESTAMPTZ  NOT NULL,
    due_at         TIMESTAMPTZ  NOT NULL,
    ballots_issued BIGINT       NOT NULL CHECK (ballots_issued >= 0),
    reported_by    VARCHAR(128) NOT NULL,
    reported_at    TIMESTAMPTZ  NOT NULL,
    -- one report per precinct and hour: a report is a record, not a draft
    UNIQUE (precinct_id, report_hour)
);

CREATE INDEX turnout_report_election ON turnout_report (election_id);

-- When a precinct's protocol entry is due (version 1: the close of polls plus countMaxHours; a recount:
-- its opening plus countMaxHours) and when the territorial commission is warned. Timers read it here.
CREATE TABLE protocol_entry_deadline (
    precinct_id  BIGINT      NOT NULL REFERENCES precinct (id),
    version      INTEGER     NOT NULL CHECK (version > 0),
    election_id  BIGINT      NOT NULL REFERENCES election (id),
    opened_at    TIMESTAMPTZ NOT NULL,
    due_at       TIMESTAMPTZ NOT NULL,
    escalate_at  TIMESTAMPTZ NOT NULL CHECK (escalate_at <= due_at),
    PRIMARY KEY (precinct_id, version)
);
