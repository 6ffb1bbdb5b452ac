package kz.election.web;

import io.swagger.v3.oas.annotations.media.Schema;
import kz.election.notification.digest.NotificationSettings;
import kz.election.notification.digest.StaffNotifications;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own task mails: each member reads and sets only theirs. */
@RestController
class MyNotificationsController {

    /** What a member sends; a missing field keeps its value. */
    @Schema(description = "The caller's own notification settings; a missing field keeps its value")
    record Change(@Schema(description = "how the member hears of new tasks; absent keeps the setting", allowableValues = {"OFF", "IMMEDIATE", "DAILY"}) String taskDigest, @Schema(description = "a mail when the protocol entry of the member's precinct opens; absent keeps the setting") Boolean protocolEntry, @Schema(description = "the language of the member's mails; absent keeps the setting", allowableValues = {"kk", "ru", "en"}) String language) {
    }

    private final StaffNotifications notifications;

    MyNotificationsController(StaffNotifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/api/me/notifications")
    NotificationSettings mine(Authentication caller) {
        return notifications.of(caller.getName());
    }

    @PutMapping("/api/me/notifications")
    NotificationSettings change(Authentication caller, @RequestBody Change change) {
        return notifications.change(caller.getName(), change.taskDigest(), change.protocolEntry(), change.language());
    }
}
