package kz.election.election;

import kz.election.ruleset.CalendarRules;
import kz.election.ruleset.Cited;
import kz.election.ruleset.Level;
import kz.election.ruleset.Ruleset;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Every deadline of one election, computed from its call date, election day (E), level and ruleset.
 * "End of day D" is the first instant of D+1, the same convention as "campaign ends 00:00 of E-1",
 * so a timer set to it fires exactly when the day is over.
 */
public record ElectoralCalendar(String rulesetId, Level level, LocalDate callDate, LocalDate electionDay,
                                List<CalendarEntry> entries) {

    public static final String NOMINATION_OPENS = "nominationOpens";
    public static final String NOMINATION_CLOSES = "nominationCloses";
    public static final String REGISTRATION_CLOSES = "registrationCloses";
    public static final String VOTER_LISTS_DELIVERED = "voterListsDelivered";
    public static final String VOTER_LIST_INSPECTION_OPENS = "voterListInspectionOpens";
    public static final String CAMPAIGN_ENDS = "campaignEnds";
    /** Only in calendars whose ruleset sets the last day of withdrawal; otherwise withdrawal closes with the campaign. */
    public static final String WITHDRAWAL_CLOSES = "withdrawalCloses";
    public static final String POLLS_OPEN = "pollsOpen";
    public static final String HOME_VOTING_REQUESTS_CLOSE = "homeVotingRequestsClose";
    public static final String POLLS_CLOSE = "pollsClose";
    public static final String COUNT_DEADLINE = "countDeadline";
    public static final String RESULT_DEADLINE = "resultDeadline";
    public static final String WINNER_REGISTRATION_DEADLINE = "winnerRegistrationDeadline";

    public ElectoralCalendar {
        entries = List.copyOf(entries);
    }

    /** The calendar in the territory's zone ({@code ElectionTime.zoneOf}): local times as the zone had them on each day. */
    public static ElectoralCalendar compute(LocalDate callDate, LocalDate electionDay, Level level, Ruleset ruleset,
                                            ZoneId zone) {
        return new Builder(electionDay, zone, ruleset.calendar(level)).build(ruleset.id(), level, callDate);
    }

    public CalendarEntry entry(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no calendar entry '" + key + "'"));
    }

    public OffsetDateTime at(String key) {
        return entry(key).at();
    }

    /** The end of the last day a candidate may withdraw: the ruleset's own, or the end of campaigning without one. */
    public OffsetDateTime withdrawalCloses() {
        return entries.stream().filter(e -> e.key().equals(WITHDRAWAL_CLOSES)).findFirst()
                .map(CalendarEntry::at).orElseGet(() -> at(CAMPAIGN_ENDS));
    }

    private static final class Builder {
        private final LocalDate e;
        private final ZoneId zone;
        private final CalendarRules rules;
        private final List<CalendarEntry> entries = new ArrayList<>();

        Builder(LocalDate electionDay, ZoneId zone, CalendarRules rules) {
            this.e = electionDay;
            this.zone = zone;
            this.rules = rules;
        }

        ElectoralCalendar build(String rulesetId, Level level, LocalDate callDate) {
            CalendarRules r = rules;
            add(NOMINATION_OPENS, "Nomination opens (the day after the call)",
                    callDate.plusDays(1), LocalTime.MIDNIGHT, r.nominationCloseDaysBefore());
            add(NOMINATION_CLOSES, "Nomination closes",
                    before(r.nominationCloseDaysBefore()), r.nominationCloseTime().value(), r.nominationCloseDaysBefore());
            add(REGISTRATION_CLOSES, "Candidate registration closes",
                    before(r.registrationCloseDaysBefore()), r.registrationCloseTime().value(), r.registrationCloseDaysBefore());
            add(VOTER_LISTS_DELIVERED, "Voter lists delivered to precinct commissions",
                    endOf(before(r.voterListsToPecsDaysBefore())), LocalTime.MIDNIGHT, r.voterListsToPecsDaysBefore());
            add(VOTER_LIST_INSPECTION_OPENS, "Voter lists open for inspection",
                    before(r.voterListInspectionFromDaysBefore()), LocalTime.MIDNIGHT, r.voterListInspectionFromDaysBefore());
            add(CAMPAIGN_ENDS, "Campaigning ends",
                    before(r.campaignEndDaysBefore()), r.campaignEndTime().value(), r.campaignEndDaysBefore());
            r.withdrawalLastDay().ifPresent(lastDay -> add(WITHDRAWAL_CLOSES, "Candidates' withdrawal closes",
                    endOf(before(lastDay)), LocalTime.MIDNIGHT, lastDay));
            add(POLLS_OPEN, "Polls open", e, r.pollsOpen().value(), r.pollsOpen());
            add(HOME_VOTING_REQUESTS_CLOSE, "Requests to vote at home close",
                    e, r.homeVotingRequestsUntil().value(), r.homeVotingRequestsUntil());
            add(POLLS_CLOSE, "Polls close", e, r.pollsClose().value(), r.pollsClose());
            OffsetDateTime countDeadline = ZonedDateTime.of(e, r.pollsClose().value(), zone)
                    .plusHours(r.countMaxHours().value()).toOffsetDateTime();
            entries.add(new CalendarEntry(COUNT_DEADLINE, "Precinct count completed", countDeadline,
                    r.countMaxHours().citation(), r.countMaxHours().certainty()));
            add(RESULT_DEADLINE, "Result established by the territorial commission",
                    endOf(e.plusDays(r.resultWithinDaysAfter().value())), LocalTime.MIDNIGHT, r.resultWithinDaysAfter());
            add(WINNER_REGISTRATION_DEADLINE, "Elected akim registered",
                    endOf(e.plusDays(r.winnerRegistrationWithinDaysAfter().value())), LocalTime.MIDNIGHT,
                    r.winnerRegistrationWithinDaysAfter());
            entries.sort(Comparator.comparing(CalendarEntry::at));
            return new ElectoralCalendar(rulesetId, level, callDate, e, entries);
        }

        private LocalDate before(Cited<Integer> days) {
            return e.minusDays(days.value());
        }

        private static LocalDate endOf(LocalDate day) {
            return day.plusDays(1);
        }

        private void add(String key, String name, LocalDate day, LocalTime time, Cited<?> source) {
            entries.add(new CalendarEntry(key, name, ZonedDateTime.of(day, time, zone).toOffsetDateTime(),
                    source.citation(), source.certainty()));
        }
    }
}
