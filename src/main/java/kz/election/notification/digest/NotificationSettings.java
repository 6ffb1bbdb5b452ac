package kz.election.notification.digest;

/**
 * What one staff member asked to be mailed about; everything is off until they ask.
 *
 * @param taskDigest    new tasks they can work: OFF, IMMEDIATE (one mail per task as it opens) or DAILY
 * @param protocolEntry on election night, a mail when their precinct's protocol entry opens (the polls closed),
 *                      whatever the digest
 * @param language      kk, ru or en; when they never chose, their commission's working language
 * @param mailbox       where the mails go: the e-mail address of their account; none means no mail
 */
public record NotificationSettings(TaskDigest taskDigest, boolean protocolEntry, String language, String mailbox) {
}
