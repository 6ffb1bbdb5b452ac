-- The candidates' money (docs/RULES.md, Money): each nominee's election deposit as paid and, after the
-- result, whether it is refunded or goes to the budget; each registered candidate's report on the election
-- fund and what the territorial commission decided about a late or missing one. Amounts are tenge with
-- tiyn, exact (numeric), never floating point.

-- One row per nomination whose deposit was recorded; recorded again, the row is replaced while the
-- nomination is under review (the receipt the commission checks is the last one recorded).
CREATE TABLE candidate_deposit (
    nomination_id       BIGINT         PRIMARY KEY REFERENCES nomination (id),
    amount              NUMERIC(15, 2) NOT NULL CHECK (amount > 0),
    paid_on             DATE           NOT NULL,
    payment_reference   VARCHAR(100)   NOT NULL,
    recorded_by         VARCHAR(128)   NOT NULL,
    recorded_at         TIMESTAMPTZ    NOT NULL,
    -- the decision after the result: REFUND (elected, the vote share, or death) or TO_BUDGET
    refund_decision     VARCHAR(16)    CHECK (refund_decision IN ('REFUND', 'TO_BUDGET')),
    refund_ground       VARCHAR(16)    CHECK (refund_ground IN ('ELECTED', 'VOTE_SHARE', 'DEATH', 'BELOW_SHARE')),
    -- the candidate's share of the votes the decision was taken on, in percent (the tabulation's)
    vote_share_percent  NUMERIC(5, 2),
    refund_decided_at   TIMESTAMPTZ,
    CHECK ((refund_decision IS NULL) = (refund_ground IS NULL))
);

-- A candidate's death, recorded by the territorial commission: a deposit is refunded on it.
CREATE TABLE candidate_death (
    nomination_id  BIGINT       PRIMARY KEY REFERENCES nomination (id),
    died_on        DATE         NOT NULL,
    recorded_by    VARCHAR(128) NOT NULL,
    recorded_at    TIMESTAMPTZ  NOT NULL
);

-- One row per registered candidate once the result is published: the report's deadline, the report
-- (income, spending per category, their totals) and the commission's decision on a late or missing one.
CREATE TABLE fund_report (
    nomination_id     BIGINT         PRIMARY KEY REFERENCES nomination (id),
    due_at            TIMESTAMPTZ    NOT NULL,
    public_funding    NUMERIC(15, 2) NOT NULL CHECK (public_funding >= 0),
    income            NUMERIC(15, 2) CHECK (income >= 0),
    -- category code -> amount as a decimal string (exact)
    spending          JSONB,
    spending_total    NUMERIC(15, 2) CHECK (spending_total >= 0),
    -- CANDIDATE: submitted by the candidate's side; PAPER: recorded by the commission from the paper report
    submitted_via     VARCHAR(16)    CHECK (submitted_via IN ('CANDIDATE', 'PAPER')),
    submitted_by      VARCHAR(128),
    submitted_at      TIMESTAMPTZ,
    decision          VARCHAR(16)    CHECK (decision IN ('ACCEPT_LATE', 'REFER')),
    decision_reasons  TEXT,
    decided_by        VARCHAR(128),
    decided_at        TIMESTAMPTZ,
    CHECK (spending_total IS NULL OR income IS NULL OR spending_total <= income)
);
