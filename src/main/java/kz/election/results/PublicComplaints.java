package kz.election.results;

import java.util.List;

/**
 * The place on the results page for an election's complaints. The complaints part (complaint.bpmn)
 * provides the bean; until one exists the page and its exports carry no complaints section at all,
 * rather than an empty list that would claim there were none.
 */
public interface PublicComplaints {

    /** The election's complaints, oldest first, without anything that identifies the complainant. */
    List<PublicComplaint> ofElection(String electionNumber);
}
