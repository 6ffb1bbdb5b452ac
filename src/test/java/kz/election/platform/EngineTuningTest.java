package kz.election.platform;

import static org.assertj.core.api.Assertions.assertThat;

import kz.election.ElectionTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the engine is told beyond its defaults for election night (bench/README.md): no historic detail
 * row per variable change unless asked for, while the last value stays in history; and the index on
 * subtasks the engine's schema lacks.
 */
@ElectionTest
class EngineTuningTest {

    private static final String PROBE = "variableHistoryProbe";

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcClient jdbc;

    private String deploymentId;

    @BeforeEach
    void deployProbe() {
        deploymentId = repositoryService.createDeployment()
                .addModelInstance(PROBE + ".bpmn", Bpmn.createExecutableProcess(PROBE)
                        .name("Variable history probe").camundaHistoryTimeToLive(1)
                        .startEvent().name("Probe started")
                        .userTask("waitHere").name("Wait here")
                        .endEvent().name("Probe done").done())
                .deploy().getId();
    }

    @AfterEach
    void removeProbe() {
        repositoryService.deleteDeployment(deploymentId, true);
    }

    @Test
    void keepsEachVariablesLastValueButNoRowPerChange() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROBE, "VARIABLE-HISTORY",
                java.util.Map.of("figure", 1L));
        runtimeService.setVariable(instance.getId(), "figure", 2L);
        runtimeService.setVariable(instance.getId(), "figure", 3L);

        HistoricVariableInstance last = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName("figure").singleResult();
        assertThat(last.getValue()).isEqualTo(3L);
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance.getId()).count()).isZero();
        // the rest of full history still runs: the process instance and its activities are there
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).count())
                .isEqualTo(2);
    }

    @Test
    void theDetailRowsComeBackWhenConfigured() {
        StandaloneInMemProcessEngineConfiguration on = new StandaloneInMemProcessEngineConfiguration();
        new VariableHistory(true).preInit(on);
        assertThat(on.isEnableDefaultDbHistoryEventHandler()).isTrue();
        assertThat(on.getCustomHistoryEventHandlers()).isNullOrEmpty();

        StandaloneInMemProcessEngineConfiguration off = new StandaloneInMemProcessEngineConfiguration();
        new VariableHistory(false).preInit(off);
        assertThat(off.isEnableDefaultDbHistoryEventHandler()).isFalse();
        assertThat(off.getCustomHistoryEventHandlers()).singleElement()
                .isInstanceOf(VariableHistory.WithoutVariableUpdateDetails.class);
    }

    @Test
    void subtasksAreFoundByIndex() {
        assertThat(jdbc.sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'election_idx_task_parent'")
                .query(String.class).single()).containsIgnoringCase("act_ru_task").containsIgnoringCase("parent_task_id_");
    }
}
