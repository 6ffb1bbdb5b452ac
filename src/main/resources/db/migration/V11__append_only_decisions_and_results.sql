-- Issue 16, point 7: what the law makes final is final in the database too, whoever connects.
-- The decision log is append-only; a result version keeps its tabulation for ever, its establishment
-- once recorded and its publication once recorded (a revision adds a version, V6). TRUNCATE, which
-- row triggers do not see, is refused on every append-only table.

CREATE FUNCTION decision_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'decision % of the decision log can no longer change', OLD.id;
END $$;

CREATE TRIGGER decision_log_append_only BEFORE UPDATE OR DELETE ON decision_log
    FOR EACH ROW EXECUTE FUNCTION decision_log_append_only();

CREATE FUNCTION election_result_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'result version % of election % can no longer change', OLD.version, OLD.election_id;
    END IF;
    IF (NEW.id, NEW.election_id, NEW.version, NEW.tally_outcome, NEW.winner_registration_number, NEW.winner_name,
        NEW.tied, NEW.tabulation, NEW.cause, NEW.tabulated_at)
       IS DISTINCT FROM
       (OLD.id, OLD.election_id, OLD.version, OLD.tally_outcome, OLD.winner_registration_number, OLD.winner_name,
        OLD.tied, OLD.tabulation, OLD.cause, OLD.tabulated_at) THEN
        RAISE EXCEPTION 'the tabulation of result version % of election % can no longer change', OLD.version, OLD.election_id;
    END IF;
    IF OLD.established_by IS NOT NULL
       AND (NEW.outcome, NEW.established_by, NEW.established_at, NEW.invalidity_reason)
           IS DISTINCT FROM (OLD.outcome, OLD.established_by, OLD.established_at, OLD.invalidity_reason) THEN
        RAISE EXCEPTION 'result version % of election % is established and can no longer change', OLD.version, OLD.election_id;
    END IF;
    IF OLD.published_by IS NOT NULL
       AND (NEW.published_by, NEW.published_at) IS DISTINCT FROM (OLD.published_by, OLD.published_at) THEN
        RAISE EXCEPTION 'result version % of election % is published and can no longer change', OLD.version, OLD.election_id;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER election_result_final BEFORE UPDATE OR DELETE ON election_result
    FOR EACH ROW EXECUTE FUNCTION election_result_final();

CREATE FUNCTION append_only_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'table % is append-only and cannot be truncated', TG_TABLE_NAME;
END $$;

CREATE TRIGGER decision_log_no_truncate BEFORE TRUNCATE ON decision_log
    FOR EACH STATEMENT EXECUTE FUNCTION append_only_no_truncate();
CREATE TRIGGER election_result_no_truncate BEFORE TRUNCATE ON election_result
    FOR EACH STATEMENT EXECUTE FUNCTION append_only_no_truncate();
CREATE TRIGGER protocol_no_truncate BEFORE TRUNCATE ON protocol
    FOR EACH STATEMENT EXECUTE FUNCTION append_only_no_truncate();
CREATE TRIGGER protocol_candidate_votes_no_truncate BEFORE TRUNCATE ON protocol_candidate_votes
    FOR EACH STATEMENT EXECUTE FUNCTION append_only_no_truncate();
CREATE TRIGGER protocol_chain_no_truncate BEFORE TRUNCATE ON protocol_chain
    FOR EACH STATEMENT EXECUTE FUNCTION append_only_no_truncate();
