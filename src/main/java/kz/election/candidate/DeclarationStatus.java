package kz.election.candidate;

/**
 * Where a candidate's declaration stands. The candidate declares; staff confirm against the
 * registers (court, police), so a bare declaration is not yet a pass.
 */
public enum DeclarationStatus {
    NOT_DECLARED,
    DECLARED,
    CONFIRMED_BY_STAFF,
    REFUTED_BY_STAFF
}
