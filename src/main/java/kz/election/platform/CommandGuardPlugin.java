package kz.election.platform;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Puts {@link CommandGuard} in front of every command the engine executes, in both of its executors, with
 * {@link FailedCommands} around it to keep a web request's failure for the webapps' REST.
 */
@Component
class CommandGuardPlugin extends AbstractProcessEnginePlugin {

    private final FormFields forms = FormFields.fromClasspath();
    private final boolean runtimeDeployments;

    CommandGuardPlugin(@Value("${election.engine.runtime-deployments:false}") boolean runtimeDeployments) {
        this.runtimeDeployments = runtimeDeployments;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPreCommandInterceptorsTxRequired(with(configuration.getCustomPreCommandInterceptorsTxRequired(),
                new CommandGuard(configuration, forms, runtimeDeployments)));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(with(configuration.getCustomPreCommandInterceptorsTxRequiresNew(),
                new CommandGuard(configuration, forms, runtimeDeployments)));
    }

    private static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor guard) {
        List<CommandInterceptor> interceptors = new ArrayList<>();
        // first of all, so nothing runs before the check; around it, what keeps its refusals and every other failure
        interceptors.add(new FailedCommands());
        interceptors.add(guard);
        if (existing != null) {
            interceptors.addAll(existing);
        }
        return interceptors;
    }
}
