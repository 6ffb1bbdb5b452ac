-- Issue 16, point 7: the application does not connect as the role that owns these tables (Flyway
-- migrates as the owner: spring.flyway.user), so it cannot switch the triggers of V5, V10 and V11 off,
-- and it gets only what its code needs. Append-only where the law says so: accepted protocols and
-- their votes, the protocol chain, the decision log and the result versions take INSERT, never DELETE,
-- and UPDATE only of the columns that legitimately change (a protocol's acceptance and supersession, a
-- result's establishment and publication, the end of the chain). Other election tables hold records
-- that move through states (nominations, complaints, motions) and get SELECT, INSERT, UPDATE, DELETE;
-- tables added by later migrations get the same by default, and are narrowed here when they must be.
-- Re-applied whenever this file changes. ${application_role} is the application's database user
-- (platform/DatabaseRoles); when it is the owner itself (one role for everything) nothing is narrowed
-- and the application warns at start.
DO $grants$
DECLARE
    app TEXT := '${application_role}';
BEGIN
    IF app = '' OR app = current_user THEN
        RAISE WARNING 'the application connects as %, the owner of the election tables: no grants narrowed', current_user;
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA election TO %I', app);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA election TO %I', app);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA election TO %I', app);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA election GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', app);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA election GRANT USAGE, SELECT ON SEQUENCES TO %I', app);
    -- Flyway's own bookkeeping is the owner's alone
    EXECUTE format('REVOKE ALL ON election.flyway_schema_history FROM %I', app);

    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON election.protocol, election.protocol_candidate_votes, '
        'election.protocol_chain, election.protocol_chain_head, election.decision_log, election.election_result FROM %I', app);
    -- a waiting protocol is accepted, an accepted one superseded by a recount (V5's trigger keeps the figures)
    EXECUTE format('GRANT UPDATE (status, accepted_by, accepted_at, superseded_at) ON election.protocol TO %I', app);
    -- the end of an election's chain moves as links are appended (the links themselves never change)
    EXECUTE format('GRANT UPDATE (length, last_digest) ON election.protocol_chain_head TO %I', app);
    -- establishment (or the declaration of invalidity) and publication are recorded on the version (V11's trigger)
    EXECUTE format('GRANT UPDATE (outcome, established_by, established_at, invalidity_reason, published_by, published_at) '
        'ON election.election_result TO %I', app);
END $grants$;
