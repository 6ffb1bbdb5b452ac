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
 * idempotency keys: a task is mailed to a member once).
 */
@Service
public class TaskDigests {

    private static final Logger LOG = LoggerFactory.getLogger(TaskDigests.class);

    private final StaffNotifications notifications;
    private final WorkableTasks workable;
    private final Registers registers;
    private final ProcessNames names;
    private final Mailer mailer;
    private final DigestSettings settings;

    TaskDigests(StaffNotifications notifications, WorkableTasks workable, Registers registers, ProcessNames names,
                Mailer mailer, DigestSettings settings) {
        this.notifications = notifications;
        this.workable = workable;
        this.registers = registers;
        this.names = names;
        this.mailer = mailer;
        this.settings = settings;
    }

    /** Mails the task that just opened to each member who asked for it and can work it. */
    void opened(OpenedTask task) {
        boolean protocolEntry = PrecinctCountModel.PROCESS.equals(task.processKey())
                && PrecinctCountModel.Elements.ENTER_PROTOCOL.equals(task.definitionKey());
        for (StaffNotifications.Subscriber subscriber : notifications.forOpenedTasks(task.tenantId())) {
            boolean asked = subscriber.taskDigest() == TaskDigest.IMMEDIATE || protocolEntry && subscriber.protocolEntry();
            // the engine decides, as in Tasklist: a precinct member works their precinct's count through its binding
            if (!asked || !workable.canWork(subscriber.userId(), task.id())) {
                continue;
            }
            String language = languageOf(subscriber);
            send(subscriber.userId(), language, protocolEntry ? "PROTOCOL_ENTRY" : "IMMEDIATE",
                    List.of(row(task.processKey(), task.definitionKey(), task.name(), task.tenantId(), task.createdAt(),
                            task.id(), language)),
                    task.tenantId(), "task-digest:" + task.id() + ":" + subscriber.userId());
        }
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
