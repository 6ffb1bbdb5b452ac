package kz.election.protocol;

import java.util.List;

/**
 * One kind of record a commission keeps before the count (the voter list, the ballot acts, the home-voting
 * register) as the protocol lines it fixes. Each kind is a Spring bean of its own part; the protocol's
 * submission asks every one of them.
 */
public interface ProtocolRecords {

    /**
     * @return the lines these records fix for the precinct; empty when the election keeps no such record
     *         (an election before the records existed, or none imported), so the line stays the PEC's to enter
     */
    List<RecordedFigure> recordedFigures(String electionNumber, int precinctNumber);
}
