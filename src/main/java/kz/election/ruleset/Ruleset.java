package kz.election.ruleset;


import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * One version of the election rules. An election stores the {@link #id()} it was called under, so a
 * newer ruleset never changes the deadlines of an election already running.
 */
public record Ruleset(
        String id,
        LocalDate effectiveFrom,
        String title,
        Cited<ZoneOffset> zoneOffset,
        @Positive Cited<Integer> termYears,
        Map<Level, CalendarRules> calendar,
        Map<Level, OrganizerRules> organizers,
        EligibilityRules eligibility,
        TallyRules tally,
        ComplaintRules complaints,
        EscalationRules escalation,
        NoConfidenceRules noConfidence,
        ResultRules result,
        @AddedKey FinanceRules finance) {

    public CalendarRules calendar(Level level) {
        return calendar.get(level);
    }

    public OrganizerRules organizers(Level level) {
        return organizers.get(level);
    }

    /**
     * The money rules; a ruleset written before kz-2026-12-08 has none, and its elections keep what they had:
     * the deposit receipt's number is enough, and no fund report is asked of the candidates.
     */
    public java.util.Optional<FinanceRules> financeRules() {
        return java.util.Optional.ofNullable(finance);
    }

    public ZoneOffset zone() {
        return zoneOffset.value();
    }
}
