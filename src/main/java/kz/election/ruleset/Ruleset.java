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
        Cited<Integer> termYears,
        Map<Level, CalendarRules> calendar,
        EligibilityRules eligibility,
        TallyRules tally,
        ComplaintRules complaints,
        EscalationRules escalation,
        NoConfidenceRules noConfidence,
        ResultRules result) {

    static Ruleset read(RuleNode n) {
        Ruleset ruleset = new Ruleset(
                n.text("id"),
                n.date("effectiveFrom"),
                n.text("title"),
                n.offset("zoneOffset"),
                n.positive("termYears"),
                n.perEnum("calendar", Level.class, CalendarRules::read),
                EligibilityRules.read(n.map("eligibility")),
                TallyRules.read(n.map("tally")),
                ComplaintRules.read(n.map("complaints")),
                EscalationRules.read(n.map("escalation")),
                NoConfidenceRules.read(n.map("noConfidence")),
                ResultRules.read(n.map("result")));
        n.finish();
        return ruleset;
    }

    public CalendarRules calendar(Level level) {
        return calendar.get(level);
    }

    public ZoneOffset zone() {
        return zoneOffset.value();
    }
}
