package kz.election.notification.digest;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the daily task digest goes out: {@code dailyAt}, Kazakhstan time (07:00 unless set), covering the 24 hours
 * before it. {@code dailyCron} is the schedule that checks for it; a node that starts late still sends the day's
 * digest, and the claim row keeps it to one per member and day whatever the number of nodes.
 */
@ConfigurationProperties("election.notifications")
public record DigestSettings(LocalTime dailyAt, String dailyCron) {

    public DigestSettings {
        dailyAt = dailyAt == null ? LocalTime.of(7, 0) : dailyAt;
        dailyCron = dailyCron == null || dailyCron.isBlank() ? "0 */10 * * * *" : dailyCron;
    }
}
