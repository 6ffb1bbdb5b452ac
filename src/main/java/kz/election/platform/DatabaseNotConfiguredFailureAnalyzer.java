package kz.election.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a start without a database into Spring Boot's "APPLICATION FAILED TO START" with the setting to give. */
class DatabaseNotConfiguredFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseNotConfiguredException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseNotConfiguredException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set spring.datasource.url (SPRING_DATASOURCE_URL) to your PostgreSQL, or start with the demo "
                        + "profile (--spring.profiles.active=demo) for the embedded one", cause);
    }
}
