package kz.election.conduct.process;

import kz.election.conduct.ElectionCalls;
import kz.election.conduct.ElectionMails;
import kz.election.conduct.ElectionProgress;
import kz.election.conduct.ElectionResults;
import kz.election.election.ResultVersion;
import kz.election.notification.MailStep;
import kz.election.platform.EngineUsers;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of election.bpmn from the count to what follows the result; each calls one service method. */
@Configuration(proxyBeanMethods = false)
class ResultDelegates {

    /** Every precinct counted: the tabulation becomes result version 1 (or the next after a revision). */
    @Bean
    JavaDelegate tabulateResult(ElectionResults results) {
        return execution -> {
            String number = ElectionVariables.electionNumber(execution);
            ResultVersion version = results.tabulate(number, "count of every precinct");
            execution.setVariable(ElectionVariables.RESULT_VERSION, version.version());
            execution.setVariable(ElectionVariables.RESULT_SUMMARY, results.summary(number, version.version()));
        };
    }

    /** The commission establishes the tabulated result or declares the election invalid. */
    @Bean
    TaskListener recordEstablishment(ElectionResults results, EngineUsers engineUsers) {
        return task -> {
            String by = Actor.ofTask(engineUsers, task.getAssignee());
            String number = ElectionVariables.electionNumber(task.getExecution());
            // the version is the election's latest, read from the database: a completion may send
            // resultVersion, never choose which version becomes the result (issue 16)
            ResultVersion established = results.establish(number, results.current(number).orElseThrow().version(),
                    ElectionVariables.flag(task.getVariable("declareInvalid")),
                    ElectionVariables.text(task.getVariable("invalidityReason")), by, task.getProcessInstanceId());
            task.setVariable(ElectionVariables.ESTABLISHED_BY, established.establishedBy());
        };
    }

    /** A different member of the commission publishes it; the route follows from the published outcome. */
    @Bean
    TaskListener recordPublication(ElectionResults results, EngineUsers engineUsers) {
        return task -> {
            String number = ElectionVariables.electionNumber(task.getExecution());
            ResultVersion published = results.publish(number, results.current(number).orElseThrow().version(),
                    Actor.ofTask(engineUsers, task.getAssignee()), task.getProcessInstanceId());
            task.setVariable(ElectionVariables.RESULT_ROUTE, published.route());
            task.setVariable(ElectionVariables.WINNER, published.winnerName());
        };
    }

    /** Every candidate of the ballot gets the published result in their language. */
    @Bean
    JavaDelegate mailResult(ElectionMails mails, MailStep step) {
        return execution -> mails.result(ElectionVariables.electionNumber(execution),
                        ElectionVariables.integer(execution.getVariable(ElectionVariables.RESULT_VERSION)))
                .forEach(mail -> step.send(execution, mail));
    }

    /** The commission certifies and registers the elected akim. */
    @Bean
    TaskListener recordCertification(kz.election.conduct.AkimTerms terms, EngineUsers engineUsers) {
        return task -> terms.certify(ElectionVariables.electionNumber(task.getExecution()),
                ElectionVariables.date("termFrom", task.getVariable("termFrom")),
                Actor.ofTask(engineUsers, task.getAssignee()), task.getProcessInstanceId());
    }

    /** A tie: the repeat voting of the tied candidates on the day the commission set. */
    @Bean
    JavaDelegate callRepeatVoting(ElectionCalls calls, ElectionResults results, EngineUsers engineUsers) {
        return execution -> {
            String number = ElectionVariables.electionNumber(execution);
            ResultVersion current = results.current(number).orElseThrow(() -> new kz.election.common.ConflictException(
                    "Refused: election " + number + " has no result; a repeat voting follows only a published tie"));
            // a tie the database holds as published, however the process reached this step (issue 16)
            if (!current.published() || !"REPEAT_VOTING".equals(current.route())) {
                throw new kz.election.common.ConflictException("Refused: result version " + current.version() + " of "
                        + number + " is " + (current.published() ? current.outcome() : "not published")
                        + "; a repeat voting follows only a published tie");
            }
            String followUp = calls.callRepeatVoting(number,
                    ElectionVariables.date("repeatVotingDay", execution.getVariable("repeatVotingDay")),
                    current.tied(), Actor.of(engineUsers, ElectionResults.SYSTEM)).number();
            execution.setVariable(ElectionVariables.FOLLOW_UP_ELECTION, followUp);
        };
    }

    /** A failed, invalid, uncontested or annulled election: a linked REPEAT election. */
    @Bean
    JavaDelegate callRepeatElection(ElectionCalls calls) {
        return execution -> execution.setVariable(ElectionVariables.FOLLOW_UP_ELECTION,
                calls.callRepeatElection(ElectionVariables.electionNumber(execution), ElectionResults.SYSTEM).number());
    }

    /**
     * Ends the election as INVALID or NO_CONTEST, before the repeat is called. Which one, and whether at
     * all, is read from the database, not from the route variables a task completion could have written:
     * NO_CONTEST needs no registered candidate and no result, INVALID a published result that elects nobody.
     */
    @Bean
    JavaDelegate recordFailedElection(ElectionProgress progress, ElectionResults results) {
        return execution -> {
            String number = ElectionVariables.electionNumber(execution);
            progress.endFailed(number, results.current(number));
        };
    }
}
