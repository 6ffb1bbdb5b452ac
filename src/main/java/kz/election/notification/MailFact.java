package kz.election.notification;

/**
 * One line of a mail's table of facts as its reader sees it: a label and the value beside it, both
 * already in the mail's language. The layout shows the lines {@link MailFacts} makes for a mail.
 */
public record MailFact(String label, String value) {
}
