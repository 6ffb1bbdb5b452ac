package kz.election.candidate;

/** Why a string is not a valid IIN; stable codes a form or an API can map to its own wording. */
public enum IinDefect {
    MISSING,
    SURROUNDING_SPACES,
    WRONG_LENGTH,
    NOT_DIGITS,
    INVALID_CENTURY_DIGIT,
    IMPOSSIBLE_BIRTH_DATE,
    NO_CHECK_DIGIT,
    CHECK_DIGIT_MISMATCH
}
