package kz.election.candidate;

import java.util.List;

/**
 * The reviewer's decision on a nomination.
 *
 * @param decision               REGISTER or REFUSE
 * @param groundCodes            for a refusal: codes of the ruleset's refusal grounds
 * @param reasoning              for a refusal: the reasons in words
 * @param declarationsConfirmed  staff checked the declarations (capacity, record, corruption) against the registers
 * @param qualificationMet       staff found every civil-service requirement of the post met
 * @param qualificationPointsConfirmed the commission confirms the requirements the rules leave to it at this level
 *                              (higher education of a RURAL nominee, docs/RULES.md "Nomination and eligibility")
 */
public record ReviewDecision(String decision, List<String> groundCodes, String reasoning,
                             boolean declarationsConfirmed, boolean qualificationMet,
                             boolean qualificationPointsConfirmed) {

    public ReviewDecision(String decision, List<String> groundCodes, String reasoning, boolean declarationsConfirmed,
                          boolean qualificationMet) {
        this(decision, groundCodes, reasoning, declarationsConfirmed, qualificationMet, false);
    }

    public static final String REGISTER = "REGISTER";
    public static final String REFUSE = "REFUSE";

    public ReviewDecision {
        groundCodes = groundCodes == null ? List.of() : List.copyOf(groundCodes);
    }
}
