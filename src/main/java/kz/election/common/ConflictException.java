package kz.election.common;

/** The request clashes with the current state: already accepted, already decided, already claimed. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
