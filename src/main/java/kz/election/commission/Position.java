package kz.election.commission;

/** A member's position on a commission. */
public enum Position {
    CHAIR,
    DEPUTY_CHAIR,
    SECRETARY,
    MEMBER
}
