package kz.election.audit;

import java.util.Objects;

/** What a caller records; {@code detailsJson} is a JSON object with the decision's particulars. */
public record DecisionEntry(
        String actor,
        String businessKey,
        String processInstanceId,
        String activityId,
        String decision,
        String reason,
        String detailsJson) {

    /** The actor of a decision the system itself made, by rule, without a person (a late nomination refused). */
    public static final String SYSTEM = "system";

    public DecisionEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(businessKey, "businessKey");
        Objects.requireNonNull(decision, "decision");
        detailsJson = detailsJson == null ? "{}" : detailsJson;
    }
}
