package kz.election.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who the mails come from and where their links point. {@code baseUrl} is the address people reach the
 * application at (Tasklist links, results pages), which the server cannot guess behind a proxy.
 */
@ConfigurationProperties("election.mail")
public record MailSettings(String from, String fromName, String baseUrl) {

    public MailSettings {
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("election.mail.from must be set");
        }
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("election.mail.base-url must be set");
        }
        // links are built as baseUrl + "/path"; a trailing slash would double it
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
