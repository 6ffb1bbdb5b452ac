package kz.election.ruleset;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the catalog at start-up, so a broken ruleset stops the application with the file and key. */
@Configuration(proxyBeanMethods = false)
public class RulesetConfiguration {

    @Bean
    public RulesetCatalog rulesetCatalog() {
        return RulesetCatalog.fromClasspath(RulesetCatalog.DEFAULT_LOCATION);
    }

    /** The minimum wage of each year: a broken line stops the start as a broken ruleset does. */
    @Bean
    public MinimumWages minimumWages() {
        return MinimumWages.fromClasspath();
    }
}
