package kz.election.candidate;

import java.util.Set;

/** Where a nomination stands; FILED, UNDER_REVIEW and REGISTERED hold the person's one place in the election. */
public enum NominationStatus {
    FILED,
    UNDER_REVIEW,
    REGISTERED,
    REFUSED,
    WITHDRAWN,
    DEREGISTERED;

    public static final Set<NominationStatus> ACTIVE = Set.of(FILED, UNDER_REVIEW, REGISTERED);
}
