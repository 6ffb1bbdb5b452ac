package kz.election.commission;

import java.util.Set;

/**
 * What an importer may change: everything (administrators, the start-time import), or what lies
 * strictly below the commissions they sit on. Read from the register, never from the request.
 */
public record Scope(boolean everything, Set<String> seats) {

    public static final Scope EVERYTHING = new Scope(true, Set.of());

    public Scope {
        seats = Set.copyOf(seats);
    }

    public static Scope below(Set<String> seats) {
        return new Scope(false, seats);
    }

    /** Whether a row whose commissions above are {@code ancestors} (nearest first) is the importer's. */
    boolean allowsBelow(Iterable<String> ancestors) {
        if (everything) {
            return true;
        }
        for (String ancestor : ancestors) {
            if (seats.contains(ancestor)) {
                return true;
            }
        }
        return false;
    }

    String describe() {
        return seats.isEmpty() ? "you sit on no commission" : "you sit on " + String.join(", ", seats.stream().sorted().toList());
    }
}
