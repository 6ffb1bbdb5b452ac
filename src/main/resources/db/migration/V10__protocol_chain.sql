-- Accepted protocols are chained per election (issue 9, point 7): each link's digest is SHA-256 over
-- the canonical form of the protocol (precinct, version, figures, votes, accepter, time) and the
-- previous link's digest, so changing any accepted protocol, or any link, breaks every later digest.
-- GET /api/elections/{n}/verify recomputes the chain from the protocol rows and names the first break.

-- One row per election: the end of its chain. Accepting a protocol locks this row, so two protocols
-- of one election accepted at the same moment queue here and still form one chain.
CREATE TABLE protocol_chain_head (
    election_id BIGINT      PRIMARY KEY REFERENCES election (id),
    length      INTEGER     NOT NULL CHECK (length >= 0),
    last_digest CHAR(64)    NOT NULL
);

CREATE TABLE protocol_chain (
    election_id     BIGINT      NOT NULL REFERENCES election (id),
    position        INTEGER     NOT NULL CHECK (position > 0),
    protocol_id     BIGINT      NOT NULL UNIQUE REFERENCES protocol (id),
    -- exactly the text that was hashed, so anyone holding the published chain can recompute it
    canonical       TEXT        NOT NULL,
    previous_digest CHAR(64)    NOT NULL,
    digest          CHAR(64)    NOT NULL UNIQUE,
    linked_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (election_id, position)
);

-- The chain is append-only: a link once written never changes and is never removed.
CREATE FUNCTION protocol_chain_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'link % of the protocol chain of election % can no longer change', OLD.position, OLD.election_id;
END $$;

CREATE TRIGGER protocol_chain_append_only BEFORE UPDATE OR DELETE ON protocol_chain
    FOR EACH ROW EXECUTE FUNCTION protocol_chain_append_only();
