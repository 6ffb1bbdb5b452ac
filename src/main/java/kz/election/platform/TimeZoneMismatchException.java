package kz.election.platform;

import java.time.ZoneId;

/** A node whose JVM zone is not the installation's one (platform/EngineTimeZone). */
class TimeZoneMismatchException extends IllegalStateException {

    private final String configured;
    private final ZoneId jvm;

    TimeZoneMismatchException(String message, String configured, ZoneId jvm) {
        super(message);
        this.configured = configured;
        this.jvm = jvm;
    }

    String configured() {
        return configured;
    }

    ZoneId jvm() {
        return jvm;
    }
}
