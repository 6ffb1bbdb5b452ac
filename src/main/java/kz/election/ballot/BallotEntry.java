package kz.election.ballot;

import io.swagger.v3.oas.annotations.media.Schema;

/** One candidate line of the ballot, as printed: in registration order, with who nominated them. */
@Schema(description = "One candidate line of the ballot, as printed")
public record BallotEntry(@Schema(description = "the candidate's registration number, unique on the ballot; a single line without control characters, at most 32 characters", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 32) String registrationNumber, @Schema(description = "the name as printed; a single line without control characters, at most 300 characters", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 300) String candidateName, @Schema(description = "the nominating party, or the self-nomination; a single line without control characters, at most 300 characters", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 300) String nominatedBy) {
}
