package kz.election.election;

/** Where an election stands; the election process moves it on as its steps complete. */
public enum ElectionStatus {
    /** Called by the territorial commission; nomination opens the next day. */
    ANNOUNCED
}
