package kz.election.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.AsyncContinuationJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.ProcessEventJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.TimerEventJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Who a job's log lines are about (README "Operations", logs), beside the election and commission that
 * Camunda's own logging context adds: {@code trigger} says what started the job and {@code user} on whose
 * action it runs.
 * <ul>
 * <li>{@code trigger=timer}, {@code user=engine}: a deadline fired; nobody acted, whoever created the timer.</li>
 * <li>{@code trigger=continuation} (a step after a saved transaction, such as a mail) or {@code trigger=event}:
 * {@code user} is the account whose request created the job (its log context's user, set by
 * operations/RequestLogContext for every signed-in request), or {@code engine} when a timer's chain
 * created it. A job carries the user on to the jobs it creates.</li>
 * </ul>
 * The engine's job row has no place for the creator, and reading its history for it would cost a query
 * per job (election night runs tens of thousands): the creator is kept in this node's memory from the
 * job's creation (its job log event, history level full) until it succeeded. A job created on another
 * node, or before this node restarted, runs without {@code user}; its trigger is still named.
 */
@Component
public class JobLogContext extends AbstractProcessEnginePlugin {

    /** The log context's user: the same field the requests' lines carry. */
    public static final String USER = "user";
    public static final String TRIGGER = "trigger";
    /** The user of a line the engine writes on its own: a timer fired, and what followed from it. */
    public static final String ENGINE = "engine";

    // a continuation normally runs seconds after its creation; the bound keeps a long outage from growing it
    private final Cache<String, String> creators = Caffeine.newBuilder()
            .maximumSize(200_000).expireAfterWrite(Duration.ofDays(2)).build();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = new ArrayList<>();
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        handlers.add(new Creators());
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        // batch and housekeeping handlers stay as they are (the batch builder casts its handler back)
        for (Map.Entry<String, JobHandler> handler : configuration.getJobHandlers().entrySet()) {
            String trigger = trigger(handler.getValue());
            if (trigger != null) {
                handler.setValue(new Traced<>(handler.getValue(), trigger));
            }
        }
    }

    private static String trigger(JobHandler<?> handler) {
        if (handler instanceof TimerEventJobHandler) {
            return "timer";
        }
        if (handler instanceof AsyncContinuationJobHandler) {
            return "continuation";
        }
        return handler instanceof ProcessEventJobHandler ? "event" : null;
    }

    /** The user of a job's lines: nobody for a timer, else its creator where this node saw the creation. */
    String userOf(JobEntity job, String trigger) {
        return "timer".equals(trigger) ? ENGINE : job == null ? null : creators.getIfPresent(job.getId());
    }

    /** Remembers who created a job, from the job log's creation event; forgets it when the job is done. */
    private final class Creators implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (event instanceof HistoricJobLogEvent log && log.getJobId() != null) {
                if (log.isCreationLog()) {
                    String user = MDC.get(USER);
                    if (user != null) {
                        creators.put(log.getJobId(), user);
                    }
                } else if (log.isSuccessLog() || log.isDeletionLog()) {
                    creators.invalidate(log.getJobId());
                }
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }

    /** Runs a job's handler with the job's trigger and user in the log context, and puts back what was there. */
    private final class Traced<T extends JobHandlerConfiguration> implements JobHandler<T> {

        private final JobHandler<T> handler;
        private final String trigger;

        Traced(JobHandler<T> handler, String trigger) {
            this.handler = handler;
            this.trigger = trigger;
        }

        @Override
        public void execute(T configuration, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
            String user = userOf(commandContext.getCurrentJob(), trigger);
            String previousUser = MDC.get(USER);
            String previousTrigger = MDC.get(TRIGGER);
            put(USER, user);
            put(TRIGGER, trigger);
            try {
                handler.execute(configuration, execution, commandContext, tenantId);
            } finally {
                put(USER, previousUser);
                put(TRIGGER, previousTrigger);
            }
        }

        private static void put(String key, String value) {
            if (value == null) {
                MDC.remove(key);
            } else {
                MDC.put(key, value);
            }
        }

        @Override
        public String getType() {
            return handler.getType();
        }

        @Override
        public T newConfiguration(String canonicalString) {
            return handler.newConfiguration(canonicalString);
        }

        @Override
        public void onDelete(T configuration, JobEntity jobEntity) {
            handler.onDelete(configuration, jobEntity);
        }
    }
}
