package kz.election.noconfidence;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * A citizens' appeal asking the maslikhat for a motion of no confidence, as staff record it.
 *
 * @param citizenContact an address or phone number for the answer; optional
 * @param receivedOn     the day the appeal arrived; today (UTC+5) when absent
 */
@Schema(description = "A citizens' appeal for a motion of no confidence, as staff record it")
public record AppealRequest(@Schema(description = "the election that made the akim, which must exist", requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-RUR-0001") String electionNumber, @Schema(description = "who appealed; a single line without control characters, at most 200 characters", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String citizenName, @Schema(description = "an address or phone number for the answer; a single line without control characters, at most 320 characters", maxLength = 320) String citizenContact, @Schema(description = "the day the appeal arrived, not in the future; today (UTC+5) when absent") LocalDate receivedOn,
                            @Schema(description = "what the citizens ask, at most 4000 characters", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 4000) String summary) {
}
