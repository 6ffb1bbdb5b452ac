package kz.election.common;

/** The caller named something that does not exist: an election number, a precinct, a decision. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist");
    }
}
