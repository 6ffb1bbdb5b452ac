package kz.election.notification;

/** One mail ready to send: the same content as HTML and as plain text. */
public record RenderedMail(String subject, String html, String text) {
}
