package kz.election.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the working-day calendar at start-up, so a broken year file stops the application with the file and date. */
@Configuration(proxyBeanMethods = false)
public class WorkingDayCalendarConfiguration {

    @Bean
    public WorkingDayCalendar workingDayCalendar() {
        return WorkingDayCalendar.fromClasspath(WorkingDayCalendar.DEFAULT_LOCATION);
    }
}
