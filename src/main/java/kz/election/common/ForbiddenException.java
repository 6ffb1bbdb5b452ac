package kz.election.common;

/**
 * The caller may not do this here: their seats do not reach the commission the matter belongs to. The
 * message names the commission and what only its members may do (answered 403).
 */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
