package kz.election.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.OffsetDateTime;

/** One decision a person made: who, when, on what, and why. */
public record Decision(
        long id,
        OffsetDateTime decidedAt,
        String actor,
        String businessKey,
        String processInstanceId,
        String activityId,
        String decision,
        String reason,
        @JsonRawValue String details) {
}
