package kz.election.platform;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What the job executor of this node does, as Micrometer counters (README "Operations", metrics): jobs
 * acquired, and jobs executed and failed by job type and process. Counters, not database reads: these are
 * events on this node, and Prometheus sums them over the nodes. Camunda's own metrics (ACT_RU_METER_LOG)
 * reach the database only every 15 minutes. A job counts once its transaction committed.
 */
@Component
class EngineJobMetrics extends AbstractProcessEnginePlugin {

    static final String ACQUIRED = "camunda.jobs.acquired";
    static final String EXECUTED = "camunda.jobs.executed";
    static final String FAILED = "camunda.jobs.failed";

    // the registry is resolved at the first job, after the engine (a plugin is built before it) has started
    private final ObjectProvider<MeterRegistry> registry;

    EngineJobMetrics(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
            interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
        }
        interceptors.add(new Acquisitions());
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
        List<HistoryEventHandler> handlers = new ArrayList<>();
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        handlers.add(new JobOutcomes());
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    private void count(String name, String type, String process, double amount) {
        MeterRegistry meters = registry.getIfAvailable();
        if (meters != null && amount > 0) {
            Counter.builder(name).tag("type", Objects.requireNonNullElse(type, "none"))
                    .tag("process", Objects.requireNonNullElse(process, "none")).register(meters).increment(amount);
        }
    }

    /** Counts the jobs an acquisition locked for this node. */
    private final class Acquisitions extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            T result = next.execute(command);
            if (command instanceof AcquireJobsCmd && result instanceof AcquiredJobs acquired) {
                MeterRegistry meters = registry.getIfAvailable();
                if (meters != null) {
                    Counter.builder(ACQUIRED).description("jobs this node's job executor locked to execute")
                            .register(meters).increment(acquired.size());
                }
            }
            return result;
        }
    }

    /** The job log (history level full) says when a job succeeded or failed. */
    private final class JobOutcomes implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (event instanceof HistoricJobLogEvent log && (log.isSuccessLog() || log.isFailureLog())) {
                String name = log.isSuccessLog() ? EXECUTED : FAILED;
                String type = log.getJobDefinitionType();
                String process = log.getProcessDefinitionKey();
                CommandContext command = Context.getCommandContext();
                if (command == null) {
                    count(name, type, process, 1);
                } else {
                    command.getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
                            committed -> count(name, type, process, 1));
                }
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
