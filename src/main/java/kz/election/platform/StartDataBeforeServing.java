package kz.election.platform;

import kz.election.common.BeforeServing;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Publishes {@link BeforeServing} in a lifecycle phase before the web server's (Spring Boot starts it
 * near {@code Integer.MAX_VALUE}): Spring Boot's own started event comes after the port is open, and a
 * request in between was answered as if the installation had no registers (a member refused her own
 * commission's work). A failure here stops the start before anyone is served; the job executor starts
 * later still, when the application is ready.
 */
@Component
class StartDataBeforeServing implements SmartLifecycle {

    private final ApplicationEventPublisher events;
    private volatile boolean running;

    StartDataBeforeServing(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void start() {
        if (!running) {
            events.publishEvent(new BeforeServing());
            running = true;
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return 0;
    }
}
