package kz.election.platform;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Outside the demo profile and the tests, no {@code spring.datasource.url} is a mistake: the start fails
 * naming the setting, instead of a throw-away database starting silently with the election's data.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.Missing.class)
class MissingDatabaseConfiguration {

    @Bean
    DataSource dataSource() {
        throw new DatabaseNotConfiguredException();
    }
}
