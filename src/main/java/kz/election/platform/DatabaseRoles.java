package kz.election.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two database roles: Flyway migrates as the owner of the election schema
 * ({@code spring.flyway.user}), the application connects as a role that only has the grants
 * R__application_role.sql gives it. The migration learns the application's role from here, as the
 * placeholder {@code application_role}. One role for both still starts (an existing installation, a
 * bench database), with a warning that says what it gives away.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseRoles {

    static final String PLACEHOLDER = "application_role";

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseRoles.class);

    @Bean
    FlywayConfigurationCustomizer applicationRolePlaceholder(DataSource application) {
        return flyway -> {
            String applicationRole = currentUser(application);
            String owner = currentUser(flyway.getDataSource());
            if (applicationRole.equals(owner)) {
                LOG.warn("The application connects to the database as {}, the role that owns the election tables: "
                        + "it could change accepted protocols, the protocol chain, the decision log and results, and "
                        + "switch their triggers off. Give Flyway the owner role (spring.flyway.user, "
                        + "spring.flyway.password) and the application a role of its own (README, \"Production settings\").",
                        owner);
            }
            Map<String, String> placeholders = new HashMap<>(flyway.getPlaceholders());
            placeholders.put(PLACEHOLDER, applicationRole);
            flyway.placeholders(placeholders);
        };
    }

    private static String currentUser(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet user = statement.executeQuery("SELECT current_user")) {
            user.next();
            return user.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot ask the database which role connects: " + e.getMessage(), e);
        }
    }
}
