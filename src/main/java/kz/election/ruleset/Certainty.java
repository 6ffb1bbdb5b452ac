package kz.election.ruleset;

/** How sure we are of a value, as docs/RULES.md marks it; U values are defaults that must stay easy to change. */
public enum Certainty {
    /** Confirmed by the law or an official notice. */
    C,
    /** Probable. */
    P,
    /** Uncertain: an unconfirmed default. */
    U;

    /** What staff read beside a U value where they decide (docs/RULES.md, the marks). */
    public static final String UNCONFIRMED_MARK = "(U: the rules mark this value unconfirmed in the law)";
}
