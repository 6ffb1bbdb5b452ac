package kz.election.commission;

/**
 * Published in the transaction of a commission import that added or changed commissions: what hangs on
 * the register (the commissions' Tasklist filters) follows it at once, not at the next start.
 */
public record CommissionsChanged(int changed) {
}
