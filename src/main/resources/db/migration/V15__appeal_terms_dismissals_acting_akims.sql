-- Citizens' appeals get the APPC's terms (Art. 76, counted in working days): forwarded within 3 working days
-- when another body must answer, answered within 15, extended once by a reasoned decision up to 2 months
-- with the citizen told; the citizen's e-mail and language carry the acknowledgement and the answer.
ALTER TABLE citizen_appeal
    ADD COLUMN citizen_email          VARCHAR(320),
    ADD COLUMN citizen_language       VARCHAR(2) CHECK (citizen_language IN ('kk', 'ru', 'en')),
    -- the ruleset whose appeal terms were applied, and the days they gave on receipt
    ADD COLUMN terms_ruleset_id       VARCHAR(64),
    ADD COLUMN forward_due_on         DATE,
    ADD COLUMN answer_due_on          DATE,
    -- the body the appeal was forwarded to, when the maslikhat is not the one to answer it
    ADD COLUMN forwarded_to           VARCHAR(200),
    ADD COLUMN forwarded_on           DATE,
    ADD COLUMN competence_decided_by  VARCHAR(128),
    -- the one reasoned extension: until when, why, who decided, and by when the citizen must be told
    ADD COLUMN extended_until         DATE,
    ADD COLUMN extension_reason       TEXT,
    ADD COLUMN extended_on            DATE,
    ADD COLUMN extended_by            VARCHAR(128),
    ADD COLUMN extension_notice_due_on DATE;

ALTER TABLE citizen_appeal DROP CONSTRAINT citizen_appeal_outcome_check;
ALTER TABLE citizen_appeal ADD CONSTRAINT citizen_appeal_outcome_check
    CHECK (outcome IN ('MOTION_FILED', 'NO_MOTION', 'FORWARDED'));

-- A term also ends by a dismissal outside a motion: the President or the higher akim on their own ground
-- (decided_by_authority, term_end_reference: the act's number and date, term_ended_on, grounds_text).
ALTER TABLE motion DROP CONSTRAINT motion_kind_check;
ALTER TABLE motion ADD CONSTRAINT motion_kind_check CHECK (kind IN ('MOTION', 'RESIGNATION', 'DISMISSAL', 'DEATH'));

-- The acting akim the higher akim appoints until the early election's winner takes office.
ALTER TABLE motion
    ADD COLUMN acting_akim_name        VARCHAR(200),
    ADD COLUMN acting_akim_from        DATE,
    ADD COLUMN acting_akim_recorded_by VARCHAR(128),
    ADD CONSTRAINT motion_acting_akim_whole CHECK ((acting_akim_name IS NULL) = (acting_akim_from IS NULL));
