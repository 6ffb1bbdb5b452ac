package kz.election.platform;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.TimeZone;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

/**
 * The engine stores its timestamps (timers' due dates, task and history times, locks) as times without a
 * zone, written and read in the JVM's default zone: two nodes in different zones would fire each other's
 * timers hours early or late. Every node names the one zone ({@code election.engine.time-zone}) and a JVM
 * whose default zone differs stops before anything touches the database. Registered in
 * META-INF/spring.factories, so it runs before the application context exists.
 */
class EngineTimeZone implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String PROPERTY = "election.engine.time-zone";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        String configured = Binder.get(event.getEnvironment()).bind(PROPERTY, String.class).orElse("").strip();
        // empty: the demo profile and the tests, a single node on whatever zone the machine has
        if (!configured.isEmpty()) {
            check(configured, TimeZone.getDefault().toZoneId());
        }
    }

    static void check(String configured, ZoneId jvm) {
        ZoneId zone;
        try {
            zone = ZoneId.of(configured);
        } catch (DateTimeException unknown) {
            throw new TimeZoneMismatchException(PROPERTY + " is \"" + configured + "\", which is no time zone ("
                    + unknown.getMessage() + "); name one such as UTC or Asia/Almaty", configured, jvm);
        }
        // UTC and Etc/UTC differ in name only; zones with different histories are different zones
        if (!zone.normalized().equals(jvm.normalized()) && !zone.getRules().equals(jvm.getRules())) {
            throw new TimeZoneMismatchException("The JVM runs in the time zone " + jvm.getId() + ", but "
                    + PROPERTY + " is " + zone.getId() + ". The process engine writes its timestamps (timers' due"
                    + " dates, task and history times) in the JVM's zone, so every node of an installation must run"
                    + " in the same one", zone.getId(), jvm);
        }
    }
}
