package kz.election.commission;

/** One user's seat on one commission. */
public record Member(String commissionCode, String userId, Position position) {
}
