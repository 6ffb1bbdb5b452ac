package kz.election.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a node in the wrong time zone into Spring Boot's "APPLICATION FAILED TO START" with both ways out. */
class TimeZoneMismatchFailureAnalyzer extends AbstractFailureAnalyzer<TimeZoneMismatchException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, TimeZoneMismatchException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Start the JVM in the installation's zone (-Duser.timezone=" + cause.configured() + ", or TZ="
                        + cause.configured() + " in its environment). Only if this installation's database was"
                        + " written in " + cause.jvm().getId() + " all along, set ELECTION_ENGINE_TIME_ZONE="
                        + cause.jvm().getId() + " on every node instead (README, \"Operations\")", cause);
    }
}
