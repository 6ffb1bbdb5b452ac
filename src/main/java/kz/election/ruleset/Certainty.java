package kz.election.ruleset;

/** How sure we are of a value, as docs/RULES.md marks it; U values are defaults that must stay easy to change. */
public enum Certainty {
    /** Confirmed by the law or an official notice. */
    C,
    /** Probable. */
    P,
    /** Uncertain: an unconfirmed default. */
    U
}
