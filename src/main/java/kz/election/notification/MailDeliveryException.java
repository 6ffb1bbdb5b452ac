package kz.election.notification;

/**
 * The mail server did not take the mail. Thrown on purpose: in a job it makes the engine retry and, when
 * the retries run out, raise an incident in Cockpit.
 */
public class MailDeliveryException extends RuntimeException {

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
