package kz.election.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.election.ElectionTest;
import kz.election.audit.DecisionEntry;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The engine and the domain tables share one DataSource and one transaction: a process step that
 * fails after a domain write takes that write back with it.
 */
@ElectionTest
class OneTransactionTest {

    private static final String PROBE = "oneTransactionProbe";
    private static final String FAILING_PROBE = "oneTransactionFailingProbe";

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcClient jdbc;

    private String deploymentId;

    /** A technical failure after the domain write, as a broken integration would throw. */
    public static class FailingStep implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            throw new IllegalStateException("step failed after the domain write");
        }
    }

    @BeforeEach
    void deployProbes() {
        deploymentId = repositoryService.createDeployment()
                .addModelInstance(PROBE + ".bpmn", probe(PROBE, false))
                .addModelInstance(FAILING_PROBE + ".bpmn", probe(FAILING_PROBE, true))
                .deploy().getId();
    }

    @AfterEach
    void removeProbes() {
        repositoryService.deleteDeployment(deploymentId, true);
    }

    @Test
    void commitsTheDomainWriteWithTheEngineStep() {
        runtimeService.startProcessInstanceByKey(PROBE, "TX-COMMIT", Variables.createVariables()
                .putValueTyped("entry", Variables.objectValue(entry("TX-COMMIT"), true).create()));

        assertThat(decisionsFor("TX-COMMIT")).isEqualTo(1);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey("TX-COMMIT")
                .completed().count()).isEqualTo(1);
    }

    @Test
    void rollsBackTheDomainWriteWhenALaterStepOfTheSameTransactionFails() {
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(FAILING_PROBE, "TX-ROLLBACK",
                Variables.createVariables()
                        .putValueTyped("entry", Variables.objectValue(entry("TX-ROLLBACK"), true).create())))
                .hasMessageContaining("step failed after the domain write");

        assertThat(decisionsFor("TX-ROLLBACK")).isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey("TX-ROLLBACK")
                .count()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("TX-ROLLBACK")
                .count()).isZero();
    }

    private static BpmnModelInstance probe(String key, boolean failAfterwards) {
        AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(key)
                .name("Transaction probe")
                .camundaHistoryTimeToLive(1)
                .startEvent().name("Probe started")
                .serviceTask("recordDecision").name("Record a decision")
                .camundaExpression("${decisionLog.record(entry)}");
        if (failAfterwards) {
            flow = flow.serviceTask("failAfterwards").name("Fail afterwards").camundaClass(FailingStep.class.getName());
        }
        return flow.endEvent().name("Probe done").done();
    }

    private static DecisionEntry entry(String businessKey) {
        return new DecisionEntry("tx-test", businessKey, null, "recordDecision", "PROBE", "transaction test", null);
    }

    private long decisionsFor(String businessKey) {
        return jdbc.sql("SELECT count(*) FROM election.decision_log WHERE business_key = ?")
                .param(businessKey).query(Long.class).single();
    }
}
