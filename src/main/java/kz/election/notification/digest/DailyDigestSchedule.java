package kz.election.notification.digest;

import kz.election.common.ElectionTime;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Checks every {@code election.notifications.daily-cron} whether the day's task digests are due and sends them,
 * and every {@code election.notifications.retry-every} sends again the new-task mails that failed.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DailyDigestSchedule {

    private final TaskDigests digests;

    DailyDigestSchedule(TaskDigests digests) {
        this.digests = digests;
    }

    @Scheduled(cron = "${election.notifications.daily-cron:0 */10 * * * *}", zone = "Asia/Almaty")
    void sendWhenDue() {
        digests.sendDaily(ElectionTime.now());
    }

    @Scheduled(fixedDelayString = "${election.notifications.retry-every:PT1M}",
            initialDelayString = "${election.notifications.retry-every:PT1M}")
    void retryFailedTaskMails() {
        digests.retryDue(ElectionTime.now());
    }
}
