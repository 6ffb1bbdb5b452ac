package kz.election.ruleset;

/**
 * A tier of election commissions, as the rules name who organizes an election: the Central Election
 * Commission, the commission of an oblast (or city of republican significance), or the territorial
 * commission of a district or city. The commission of that tier whose territory holds the election's
 * territory is the one.
 */
public enum OrganizingTier {
    CEC,
    OBLAST,
    TERRITORIAL
}
