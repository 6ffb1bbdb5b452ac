package kz.election.election;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import kz.election.common.ElectionTime;
import kz.election.ruleset.Level;

/**
 * An announced election as stored: the call, its precincts and every deadline of its calendar.
 * {@code territory} is the territory's name as it was at the call, in the organizer's language;
 * {@code territoryCode} its KATO code and {@code organizerCode} the commission organizing it (both null
 * for an election called before the registers).
 */
public record Election(
        String number,
        String territory,
        Level level,
        String post,
        ElectionReason reason,
        LocalDate callDate,
        LocalDate electionDay,
        LocalDate termEnd,
        LocalDate vacancyDate,
        String rulesetId,
        ElectionStatus status,
        String previousElectionNumber,
        String announcedBy,
        OffsetDateTime announcedAt,
        List<PrecinctRow> precincts,
        List<Deadline> calendar,
        String territoryCode,
        String organizerCode) {

    public Election {
        precincts = List.copyOf(precincts);
        calendar = List.copyOf(calendar);
    }

    /** The zone the election's local dates and times are in: its territory's (UTC+6 in the east before 1 March 2024). */
    public ZoneId zone() {
        return ElectionTime.zoneOf(territoryCode);
    }

    /** A point in time as the election's territory reads it (null stays null): mails and pages show it so. */
    public OffsetDateTime local(Instant at) {
        return at == null ? null : at.atZone(zone()).toOffsetDateTime();
    }

    /** What a repeat or early election in the same territory names as its territory: the register's code. */
    public String territoryOfNextCall() {
        return territoryCode != null ? territoryCode : territory;
    }
}
