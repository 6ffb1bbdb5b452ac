package kz.election;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;

/**
 * Process coverage for the one shared test context: the engine is built with the coverage parse
 * listeners, and the library's listener (which joins every Spring test class by itself) records the
 * flow nodes and sequence flows each class passes and writes a report per class to
 * target/process-test-coverage/. Every class is tracked: a class left out would leave the engine's
 * coverage listeners without a state and fail its processes. The 100% rule is asserted only by the
 * process stories ({@code *ProcessTest}, marked {@link FullProcessCoverage}), not here, since most test
 * classes run only part of a process on purpose. Scanned like the application's own configuration: no second context.
 */
@Configuration(proxyBeanMethods = false)
// an *IT that starts the application itself runs processes outside any test method: it switches this off
@ConditionalOnProperty(name = "election.test.process-coverage", havingValue = "true", matchIfMissing = true)
class ProcessCoverageSettings {

    @Bean
    ProcessEnginePlugin processCoverageExtensions() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
            }
        };
    }

    @Bean
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
        return ProcessEngineCoverageProperties.builder().build();
    }
}
