package kz.election.candidate;

import java.time.Instant;

/**
 * The nomination was filed while nomination was open. Both edges belong to the window: filed at
 * exactly 18:00 of the closing day is in time, one second later is not. An extension, when granted,
 * moves the close.
 */
public final class NominationWindowRule implements EligibilityRule {

    @Override
    public RuleCode code() {
        return RuleCode.FILED_IN_NOMINATION_WINDOW;
    }

    @Override
    public RuleResult evaluate(NominationFacts facts, EligibilityParameters params) {
        Instant filed = facts.filedAt();
        Instant opens = facts.election().nominationOpens();
        Instant closes = facts.election().effectiveNominationClose();
        String closeText = Texts.time(closes)
                + (facts.election().nominationExtendedUntil() != null ? " (extended)" : "");
        if (filed.isBefore(opens)) {
            return failed(params, "filed " + Texts.time(filed) + ", before nomination opened "
                    + Texts.time(opens));
        }
        if (filed.isAfter(closes)) {
            return failed(params, "filed " + Texts.time(filed) + ", after nomination closed " + closeText);
        }
        return passed(params, "filed " + Texts.time(filed) + ", nomination open "
                + Texts.time(opens) + " to " + closeText);
    }
}
