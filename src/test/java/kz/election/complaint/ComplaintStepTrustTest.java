package kz.election.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import com.icegreen.greenmail.util.GreenMail;
import kz.election.ElectionTest;
import kz.election.TestSmtp;
import kz.election.model.ComplaintModel;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Where identity comes from (ARCHITECTURE.md, Trust), at the steps of complaint.bpmn: the complaint a step decides on is its process's
 * business key, whatever complaintNumber a task completion sends.
 */
@ElectionTest
class ComplaintStepTrustTest {

    static final GreenMail smtp = TestSmtp.server();

    @Autowired
    ComplaintFixtures fixtures;
    @Autowired
    ComplaintService complaints;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;

    @Test
    void aDecisionThatNamesAnotherComplaintIsRecordedOnTheTasksOwnComplaint() {
        String election = fixtures.election("trust decision");
        String first = submit(election);
        String second = submit(election);

        Task review = taskService.createTaskQuery().processInstanceBusinessKey(first)
                .taskDefinitionKey(ComplaintModel.Elements.REVIEW_COMPLAINT).singleResult();
        taskService.claim(review.getId(), UpheldComplaints.OFFICER);
        taskService.complete(review.getId(), Map.of(ComplaintVariables.DECISION, ComplaintDecision.DISMISS,
                ComplaintVariables.REASONS, "No violation was found.", ComplaintVariables.COMPLAINT_NUMBER, second));

        assertThat(complaints.byNumber(first).status()).isEqualTo(ComplaintStatus.DECIDED);
        assertThat(complaints.byNumber(second).status()).isEqualTo(ComplaintStatus.UNDER_REVIEW);
    }

    private String submit(String election) {
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.ofHours(5));
        String number = complaints.submit(new ComplaintRequest(election, ComplainantRole.OBSERVER, "Dana Observer",
                "observer@example.kz", "ru", ComplaintSubject.ELECTION_DAY_VIOLATION, "the act complained of", today,
                "What happened, as the observer saw it."), UpheldComplaints.OFFICER).complaintNumber();
        for (int round = 0; round < 10; round++) {
            List<Job> due = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).list().stream()
                    .flatMap(p -> managementService.createJobQuery().processInstanceId(p.getId()).executable().list()
                            .stream()).toList();
            if (due.isEmpty()) {
                break;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
        return number;
    }
}
