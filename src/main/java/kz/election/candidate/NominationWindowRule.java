package kz.election.candidate;

import java.time.Instant;
import java.time.ZoneId;

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
        // 1: the close was extended (the text says so)
        int extended = facts.election().nominationExtendedUntil() != null ? 1 : 0;
        ZoneId zone = facts.election().zone();
        if (filed.isBefore(opens)) {
            return failed(params, "window.early", Texts.time(filed, zone), Texts.time(opens, zone));
        }
        if (filed.isAfter(closes)) {
            return failed(params, "window.late", Texts.time(filed, zone), Texts.time(closes, zone), extended);
        }
        return passed(params, "window.open", Texts.time(filed, zone), Texts.time(opens, zone), Texts.time(closes, zone),
                extended);
    }
}
