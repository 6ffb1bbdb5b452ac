package kz.election.election;

import java.util.Set;

/** Where an election stands; the election process (election.bpmn) moves it on as its steps complete. */
public enum ElectionStatus {
    /** Called by the territorial commission; nomination opens the next day. */
    ANNOUNCED,
    /** Nominations are taken. */
    NOMINATION,
    /** Too few nominees at the close: nomination extended by the ruleset's days. */
    NOMINATION_EXTENDED,
    /** Still too few: the higher akim's nominee(s) are being recorded. */
    HIGHER_AKIM_NOMINATION,
    /** Nomination closed; the commission decides the remaining registrations. */
    REGISTRATION,
    /** Ballot fixed; campaigning until the day of silence. */
    CAMPAIGN,
    /** The day before election day: no campaigning. */
    SILENCE,
    /** Polls open; precincts vote and count. */
    VOTING,
    /** Every precinct counted; the tabulation waits for the commission. */
    TABULATED,
    RESULT_ESTABLISHED,
    RESULT_PUBLISHED,
    /** The elected akim is certified and registered. */
    CERTIFIED,
    /** A tie: a repeat voting of the tied candidates was called (a new, linked election). */
    REPEAT_VOTING_CALLED,
    /** Declared invalid or failed (no valid result, "against all"): a REPEAT election was called. */
    INVALID,
    /** No candidate was registered even after the extension: a REPEAT election was called. */
    NO_CONTEST,
    /** Annulled by a complaint remedy or a court: a REPEAT election was called. */
    ANNULLED,
    /** Cancelled by the territorial commission. */
    CANCELLED;

    /** An election in one of these has ended; nothing moves it any more. */
    public static final Set<ElectionStatus> FINAL = Set.of(CERTIFIED, REPEAT_VOTING_CALLED, INVALID, NO_CONTEST,
            ANNULLED, CANCELLED);
}
