package kz.election.candidate;

import static kz.election.model.CandidateRegistrationModel.Elements.REVIEW_NOMINATION;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import kz.election.commission.DemoRegister;
import kz.election.election.AnnouncementRequest;
import kz.election.election.ElectionReason;
import kz.election.election.ElectionService;
import kz.election.ruleset.Level;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * The rural election the candidate stories share: called 1 August 2026 for Sunday 13 September,
 * with engine time moved into its open nomination window. Each call announces a fresh election.
 */
final class KosshyElection {

    static final String TWO_PRECINCTS = """
            number;address;voters
            1;Village school No. 3;812
            2;House of culture;430
            """;

    private KosshyElection() {
    }

    /** Announces a new Kosshy election and sets engine time to 10 August 2026, 10:00 (UTC+5). */
    static String announce(ElectionService elections, String story) {
        ClockUtil.reset();
        String number = elections.announce(new AnnouncementRequest(DemoRegister.RURAL_DISTRICT,
                Level.RURAL, "Akim of Kosshy (Kosshy " + story + " " + UUID.randomUUID() + ")", ElectionReason.REGULAR, LocalDate.parse("2026-08-01"),
                LocalDate.parse("2026-09-13"), LocalDate.parse("2026-10-01"), null, null, TWO_PRECINCTS),
                "demo-tec").number();
        at("2026-08-10T10:00:00+05:00");
        return number;
    }

    static void at(String offsetDateTime) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(offsetDateTime).toInstant()));
    }

    /** A territorial commission member registers the nomination waiting for review. */
    static void register(TaskService taskService, String processInstanceId) {
        Task review = taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(REVIEW_NOMINATION).singleResult();
        taskService.claim(review.getId(), "demo-tec");
        taskService.complete(review.getId(), Map.of("decision", "REGISTER", "declarationsConfirmed", true,
                "qualificationMet", true));
    }
}
