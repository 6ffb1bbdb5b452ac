package kz.election.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL of the demo profile and the tests: whether it may start at all (never in
 * production, where no {@code spring.datasource.url} is a start-up error), where it keeps its data,
 * on which port of localhost it listens (fixed by default so that a second node can be pointed at the
 * same database; 0 picks a free one), and the password of its roles (empty: one is chosen at the
 * first start and kept beside the data directory ({@code <data-directory>.password}), readable by its owner only).
 */
@ConfigurationProperties("election.embedded-postgres")
public record EmbeddedPostgresProperties(boolean enabled, Path dataDirectory, int port, String password) {
}
