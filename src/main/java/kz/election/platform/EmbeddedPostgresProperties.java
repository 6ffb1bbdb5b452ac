package kz.election.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL of a first run keeps its data, and on which port it listens
 * (fixed by default so that a second node can be pointed at the same database; 0 picks a free one).
 */
@ConfigurationProperties("election.embedded-postgres")
public record EmbeddedPostgresProperties(Path dataDirectory, int port) {
}
