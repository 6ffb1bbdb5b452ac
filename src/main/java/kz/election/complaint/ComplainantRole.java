package kz.election.complaint;

/** Who may complain (docs/RULES.md "Complaints and appeals"). */
public enum ComplainantRole {
    CANDIDATE,
    PARTY,
    OBSERVER,
    VOTER,
    COMMISSION_MEMBER
}
