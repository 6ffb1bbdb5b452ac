-- A territorial commission may move a precinct's opening and closing within the ruleset's bounds
-- (docs/RULES.md, The calendar: voting). NULL keeps the election's calendar (07:00-20:00); the count's
-- timers, its turnout report times and its deadline follow the precinct's own hours.
ALTER TABLE election.precinct
    ADD COLUMN polls_open     TIME,
    ADD COLUMN polls_close    TIME,
    ADD COLUMN hours_set_by   VARCHAR(255),
    ADD COLUMN hours_set_at   TIMESTAMPTZ,
    ADD CONSTRAINT precinct_hours_order CHECK (polls_open IS NULL OR polls_close IS NULL OR polls_open < polls_close);
