package kz.election.commission;

/**
 * The tiers of election commissions: the Central Election Commission, the commissions of the oblasts and
 * cities of republican significance, the district and city territorial commissions (TEC), and the
 * precinct commissions (PEC), one per polling station. Each but the CEC answers to one above it.
 */
public enum CommissionLevel {
    CEC,
    OBLAST,
    TERRITORIAL,
    PRECINCT;

    /** The level this one answers to; none for the CEC. */
    public CommissionLevel parent() {
        return this == CEC ? null : values()[ordinal() - 1];
    }
}
