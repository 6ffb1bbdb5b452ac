package kz.election.candidate;

/** Sex as encoded in digit 7 of an IIN: odd is male, even is female. */
public enum Sex {
    MALE,
    FEMALE
}
