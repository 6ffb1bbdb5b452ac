package kz.election.election;

/** One polling station of an uploaded precinct list. */
public record PrecinctRow(int number, String address, int voters) {
}
