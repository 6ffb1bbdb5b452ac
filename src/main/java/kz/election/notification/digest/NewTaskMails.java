package kz.election.notification.digest;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.spring.boot.starter.event.TaskEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hears every task the engine opens (Camunda's Spring Boot eventing publishes a {@link TaskEvent} for each) and,
 * once the engine's transaction has committed, mails it on a thread of its own to the members who asked for it:
 * a task rolled back is never mailed, and neither a slow nor a failing mail server can fail or hold up the
 * completion, timer or start that opened it. A mail the server does not take is sent again later
 * ({@link TaskDigests#retryDue}).
 */
@Component
class NewTaskMails {

    private static final Logger LOG = LoggerFactory.getLogger(NewTaskMails.class);

    private final TaskDigests digests;
    private final ThreadPoolTaskExecutor mailing = new ThreadPoolTaskExecutor();

    NewTaskMails(TaskDigests digests) {
        this.digests = digests;
        mailing.setThreadNamePrefix("task-mails-");
        mailing.setCorePoolSize(1);
        mailing.setMaxPoolSize(1);
        // election night opens thousands of tasks at the close of polls; they wait here, not in the engine
        mailing.setQueueCapacity(100_000);
        mailing.setWaitForTasksToCompleteOnShutdown(false);
        mailing.initialize();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void taskOpened(TaskEvent event) {
        if (!TaskListener.EVENTNAME_CREATE.equals(event.getEventName()) || event.getTenantId() == null) {
            return;
        }
        OpenedTask task = new OpenedTask(event.getId(), TaskDigests.processKeyOf(event.getProcessDefinitionId()),
                event.getTaskDefinitionKey(), event.getTenantId(), event.getName(),
                event.getCreateTime() == null ? null : event.getCreateTime().toInstant());
        mailing.execute(() -> {
            try {
                digests.opened(task);
            } catch (RuntimeException failed) {
                LOG.warn("New task {} was not mailed to those who asked for it: {}", task.id(), failed.toString());
            }
        });
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        mailing.shutdown();
    }
}
