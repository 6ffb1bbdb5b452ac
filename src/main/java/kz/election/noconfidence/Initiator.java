package kz.election.noconfidence;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** A deputy who initiated the motion; {@code signedOn} is the date of their recorded signature, if any. */
@Schema(description = "A deputy who initiated the motion")
public record Initiator(@Schema(description = "the deputy's full name, letters, digits, spaces and . , - ' \" « » ( ) № / only, at most 200 characters", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String fullName, @Schema(description = "the date of the deputy's recorded signature, not after the filing; optional") LocalDate signedOn) {
}
