package kz.election.ruleset;

/** A ruleset file that cannot be trusted; the message names the file and the key path. */
public class RulesetException extends RuntimeException {

    public RulesetException(String message) {
        super(message);
    }

    public RulesetException(String message, Throwable cause) {
        super(message, cause);
    }
}
