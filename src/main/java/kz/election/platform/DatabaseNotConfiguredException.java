package kz.election.platform;

/** Started outside the demo profile and the tests without an external PostgreSQL. */
class DatabaseNotConfiguredException extends IllegalStateException {

    static final String MESSAGE = "No database is configured: set spring.datasource.url (environment variable "
            + "SPRING_DATASOURCE_URL) with spring.datasource.username and spring.datasource.password, and "
            + "spring.flyway.user and spring.flyway.password for the role that owns the election tables "
            + "(README, \"Production settings\"). The embedded PostgreSQL starts only in the demo profile and the "
            + "tests (election.embedded-postgres.enabled)";

    DatabaseNotConfiguredException() {
        super(MESSAGE);
    }
}
