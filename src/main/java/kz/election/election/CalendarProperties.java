package kz.election.election;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How exported calendars identify themselves.
 *
 * @param uidDomain the right-hand side of every iCalendar UID; keep it stable, or subscribed calendars
 *                  show each deadline twice
 */
@ConfigurationProperties("election.calendar")
public record CalendarProperties(String uidDomain) {

    public CalendarProperties {
        uidDomain = uidDomain == null || uidDomain.isBlank() ? "akim-elections.kz" : uidDomain;
    }
}
