package kz.election.notification.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.election.common.ElectionTime;
import kz.election.commission.Registers;
import kz.election.i18n.ProcessNames;
import kz.election.model.PrecinctCountModel;
import kz.election.notification.MailKind;
import kz.election.notification.MailRequest;
import kz.election.notification.Mailer;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The task mails staff asked for: one per task as it opens (IMMEDIATE), the opening of their precinct's protocol
 * entry on election night, and the day's new tasks once a day (DAILY). Only tasks the member can work in Tasklist
 * ({@link WorkableTasks}), with links into Tasklist, in the member's language, through {@link Mailer} (its log and
 * idempotency keys: a task is mailed to a member once). A new-task mail the server refused is sent again while
 * the task is open ({@link TaskMailRetries}).
 */
@Service
public class TaskDigests {

    private static final Logger LOG = LoggerFactory.getLogger(TaskDigests.class);
    /** Enough for a mail server's outage on election night to drain in minutes, small enough to hold no lease long. */
    private static final int RETRIES_PER_RUN = 500;

    private final StaffNotifications notifications;
    private final WorkableTasks workable;
    private final Registers registers;
    private final ProcessNames names;
    private final Mailer mailer;
    private final DigestSettings settings;
    private final TaskMailRetries retries;

    TaskDigests(StaffNotifications notifications, WorkableTasks workable, Registers registers, ProcessNames names,
                Mailer mailer, DigestSettings settings, TaskMailRetries retries) {
        this.notifications = notifications;
        this.workable = workable;
        this.registers = registers;
        this.names = names;
        this.mailer = mailer;
        this.settings = settings;
        this.retries = retries;
    }

    /**
     * Mails the task that just opened to each member who asked for it and can work it. A member whose mail the
     * server does not take gets it later ({@link #retryDue}); the others get theirs now.
     */
    void opened(OpenedTask task) {
        for (StaffNotifications.Subscriber subscriber : notifications.forOpenedTasks(task.tenantId())) {
            try {
                mailOpened(task, subscriber);
            } catch (RuntimeException failed) {
                retries.failed(task.id(), subscriber.userId(), failed, ElectionTime.now());
                LOG.warn("New task {} was not mailed to {}; it will be tried again: {}", task.id(), subscriber.userId(),
                        failed.toString());
            }
        }
    }

    /**
     * Sends again the new-task mails that failed and are due, as long as the task is open, the member can still
     * work it and still asks for such mails; a mail that fails again waits longer.
     *
     * @return how many were sent
     */
    public int retryDue(Instant now) {
        int sent = 0;
        for (TaskMailRetries.Due due : retries.claimDue(now, RETRIES_PER_RUN)) {
            Optional<OpenedTask> task = workable.openTask(due.userId(), due.taskId());
            if (task.isEmpty()) {
                retries.done(due.taskId(), due.userId());
                continue;
            }
            NotificationSettings asked = notifications.of(due.userId());
            try {
                if (mailOpened(task.get(), new StaffNotifications.Subscriber(due.userId(), asked.taskDigest(),
                        asked.protocolEntry(), asked.language()))) {
                    sent++;
                }
                retries.done(due.taskId(), due.userId());
            } catch (RuntimeException failed) {
                retries.failed(due.taskId(), due.userId(), failed, now);
                LOG.warn("New task {} was again not mailed to {} (attempt {}): {}", due.taskId(), due.userId(),
                        due.attempts() + 1, failed.toString());
            }
        }
        return sent;
    }

    /** @return whether the member asked for this task's mail and can work it, and so was mailed */
    private boolean mailOpened(OpenedTask task, StaffNotifications.Subscriber subscriber) {
        boolean protocolEntry = PrecinctCountModel.PROCESS.equals(task.processKey())
                && PrecinctCountModel.Elements.ENTER_PROTOCOL.equals(task.definitionKey());
        boolean asked = subscriber.taskDigest() == TaskDigest.IMMEDIATE || protocolEntry && subscriber.protocolEntry();
        // the engine decides, as in Tasklist: a precinct member works their precinct's count through its binding
        if (!asked || !workable.canWork(subscriber.userId(), task.id())) {
            return false;
        }
        String language = languageOf(subscriber);
        send(subscriber.userId(), language, protocolEntry ? "PROTOCOL_ENTRY" : "IMMEDIATE",
                List.of(row(task.processKey(), task.definitionKey(), task.name(), task.tenantId(), task.createdAt(),
                        task.id(), language)),
                task.tenantId(), "task-digest:" + task.id() + ":" + subscriber.userId());
        return true;
    }

    /**
     * Sends the daily digest due at {@code now}: the tasks opened in the 24 hours before today's
     * {@code election.notifications.daily-at} that the member can still work, once per member and day (a row
     * claims it, so several nodes send it once). Before that hour it sends nothing.
     *
     * @return how many members were mailed
     */
    public int sendDaily(Instant now) {
        // the country's zone: a member's tasks come from many elections, and the digest's hour is the country's
        ZonedDateTime due = ElectionTime.dateOf(now).atTime(settings.dailyAt()).atZone(ElectionTime.COUNTRY);
        if (now.isBefore(due.toInstant())) {
            return 0;
        }
        LocalDate day = due.toLocalDate();
        Date to = Date.from(due.toInstant());
        Date from = Date.from(due.toInstant().minus(Duration.ofDays(1)));
        int mailed = 0;
        for (StaffNotifications.Subscriber subscriber : notifications.daily()) {
            List<Task> open = workable.openedBetween(subscriber.userId(), from, to);
            // nothing new, no mail; the claim is still taken so that a task opening later that day waits for tomorrow
            if (!notifications.claimDay(subscriber.userId(), day, now) || open.isEmpty()) {
                continue;
            }
            String language = languageOf(subscriber);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Task task : open) {
                rows.add(row(processKeyOf(task.getProcessDefinitionId()), task.getTaskDefinitionKey(), task.getName(),
                        task.getTenantId(), task.getCreateTime().toInstant(), task.getId(), language));
            }
            try {
                send(subscriber.userId(), language, "DAILY", rows, "daily " + day,
                        "task-digest:daily:" + day + ":" + subscriber.userId());
                mailed++;
            } catch (RuntimeException failed) {
                // one member's mailbox must not stop the others' digests; the next run tries this one again
                notifications.releaseDay(subscriber.userId(), day);
                LOG.warn("The daily task digest of {} for {} was not sent: {}", subscriber.userId(), day, failed.toString());
            }
        }
        return mailed;
    }

    private void send(String userId, String language, String period, List<Map<String, Object>> tasks, String businessKey,
                      String idempotencyKey) {
        Optional<String> mailbox = notifications.mailboxOf(userId);
        if (mailbox.isEmpty()) {
            LOG.info("{} asked for task mails but their account has no e-mail address", userId);
            return;
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("tasks", tasks);
        model.put("taskCount", tasks.size());
        model.put("period", period);
        mailer.send(new MailRequest(mailbox.get(), notifications.nameOf(userId), language, MailKind.TASK_DIGEST.key(),
                model, businessKey, idempotencyKey));
    }

    private Map<String, Object> row(String processKey, String definitionKey, String name, String tenantId,
                                    Instant createdAt, String taskId, String language) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", processKey == null || definitionKey == null ? name : names.name(processKey, definitionKey, language));
        row.put("commission", tenantId == null ? "" : registers.commission(tenantId).map(c -> c.name(language)).orElse(tenantId));
        row.put("createdAt", createdAt);
        row.put("taskId", taskId);
        return row;
    }

    private String languageOf(StaffNotifications.Subscriber subscriber) {
        return subscriber.language() == null ? "ru" : subscriber.language();
    }

    /** "precinctCount:3:ab12..." is a definition of precinctCount. */
    static String processKeyOf(String processDefinitionId) {
        return processDefinitionId == null ? null : processDefinitionId.split(":", 2)[0];
    }
}
