-- One installation for the whole country: the territories (KATO, the classifier of
-- administrative-territorial objects), the commissions that run elections in them, and who sits on
-- which commission. An election belongs to the commission that organizes it; a complaint to the
-- commission that reviews it. Who may see and decide what follows from these rows (docs/COMMISSIONS.md).

-- KATO: nine digits AB CD EF HIJ (oblast, district, rural district, settlement); names in both state
-- languages. Tier 1: oblast, city of republican significance; tier 2: district, city of regional
-- significance; tier 3: rural district, village, city of district significance.
CREATE TABLE territory (
    code        VARCHAR(9)   PRIMARY KEY CHECK (code ~ '^[0-9]{9}$'),
    parent_code VARCHAR(9)   REFERENCES territory (code),
    level       VARCHAR(20)  NOT NULL CHECK (level IN ('OBLAST', 'REPUBLICAN_CITY', 'DISTRICT', 'REGIONAL_CITY',
                                                       'RURAL_DISTRICT', 'VILLAGE', 'DISTRICT_CITY')),
    name_kk     VARCHAR(200) NOT NULL CHECK (btrim(name_kk) <> ''),
    name_ru     VARCHAR(200) NOT NULL CHECK (btrim(name_ru) <> ''),
    imported_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CHECK (code <> parent_code),
    -- an oblast or city of republican significance has no parent; everything below has one
    CHECK ((level IN ('OBLAST', 'REPUBLICAN_CITY')) = (parent_code IS NULL))
);

CREATE INDEX territory_parent ON territory (parent_code);

-- The CEC, the oblast (and republican city) commissions, the district and city territorial commissions
-- (TEC) and the precinct commissions (PEC, one per polling station). The code is the commission's
-- identifier everywhere: its engine tenant, the groups of its members, the mails' sender.
CREATE TABLE commission (
    code            VARCHAR(40)  PRIMARY KEY CHECK (code ~ '^[A-Za-z0-9-]{1,40}$'),
    level           VARCHAR(12)  NOT NULL CHECK (level IN ('CEC', 'OBLAST', 'TERRITORIAL', 'PRECINCT')),
    parent_code     VARCHAR(40)  REFERENCES commission (code),
    territory_code  VARCHAR(9)   REFERENCES territory (code),
    -- a PEC's polling station number
    precinct_number INTEGER      CHECK (precinct_number > 0),
    name_kk         VARCHAR(200) NOT NULL CHECK (btrim(name_kk) <> ''),
    name_ru         VARCHAR(200) NOT NULL CHECK (btrim(name_ru) <> ''),
    mailbox         VARCHAR(320) NOT NULL,
    -- the language its mails are written in
    language        VARCHAR(2)   NOT NULL CHECK (language IN ('kk', 'ru')),
    imported_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CHECK ((level = 'CEC') = (parent_code IS NULL)),
    CHECK ((level = 'CEC') = (territory_code IS NULL)),
    CHECK ((level = 'PRECINCT') = (precinct_number IS NOT NULL))
);

CREATE INDEX commission_parent ON commission (parent_code);
-- one commission of a level per territory (PECs share their TEC's territory, told apart by number)
CREATE UNIQUE INDEX commission_territory ON commission (territory_code, level) WHERE level <> 'PRECINCT';
CREATE UNIQUE INDEX commission_precinct ON commission (parent_code, precinct_number) WHERE level = 'PRECINCT';

-- Members with their position. The member's roles (tec-staff, complaints-officers, supervisors, ...)
-- are their Camunda groups; they act for this commission only.
CREATE TABLE commission_member (
    commission_code VARCHAR(40)  NOT NULL REFERENCES commission (code),
    user_id         VARCHAR(128) NOT NULL,
    position        VARCHAR(16)  NOT NULL CHECK (position IN ('CHAIR', 'DEPUTY_CHAIR', 'SECRETARY', 'MEMBER')),
    added_by        VARCHAR(128) NOT NULL,
    added_at        TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (commission_code, user_id)
);

CREATE INDEX commission_member_user ON commission_member (user_id);
-- one chair per commission
CREATE UNIQUE INDEX commission_member_chair ON commission_member (commission_code) WHERE position = 'CHAIR';

-- Every import of a register file: who, when, what (its SHA-256) and how many rows. A refused file
-- leaves no row here and nothing in the registers.
CREATE TABLE register_import (
    id          BIGSERIAL    PRIMARY KEY,
    register    VARCHAR(12)  NOT NULL CHECK (register IN ('TERRITORY', 'COMMISSION', 'MEMBER')),
    sha256      VARCHAR(64)  NOT NULL,
    rows_read   INTEGER      NOT NULL,
    source      VARCHAR(300) NOT NULL,
    imported_by VARCHAR(128) NOT NULL,
    imported_at TIMESTAMPTZ  NOT NULL
);

-- An election is held in a territory of the register and organized by one commission; elections from
-- before the registers keep their territory's name only.
ALTER TABLE election ADD COLUMN territory_code VARCHAR(9) REFERENCES territory (code);
ALTER TABLE election ADD COLUMN organizer_code VARCHAR(40) REFERENCES commission (code);
CREATE INDEX election_organizer ON election (organizer_code);

-- A complaint is reviewed by the commission above the one whose act it challenges.
ALTER TABLE complaint ADD COLUMN reviewer_code VARCHAR(40) REFERENCES commission (code);
