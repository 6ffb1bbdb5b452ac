package kz.election;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * Flow nodes and sequence flows a set of process instances went through, read from the engine's
 * history, so the stories of a class can show they cover the whole diagram ({@link FullProcessCoverage}).
 * A flow counts as taken when, in one instance, its target started no earlier than its source ended: on
 * a diagram with parallel paths (precinct-count.bpmn splits into the turnout reports and the count)
 * "started right after" would credit the wrong flow. A multi-instance body counts as its activity.
 */
final class ProcessCoverage {

    private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

    private final Set<String> nodes = new HashSet<>();
    private final Set<String> flows = new HashSet<>();
    private final BpmnModelInstance model;

    private ProcessCoverage(BpmnModelInstance model) {
        this.model = model;
    }

    static ProcessCoverage of(RepositoryService repository, HistoryService history, String processKey,
                              Collection<String> processInstanceIds) {
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult().getId();
        ProcessCoverage coverage = new ProcessCoverage(repository.getBpmnModelInstance(definitionId));
        for (String id : processInstanceIds) {
            List<HistoricActivityInstance> steps = history.createHistoricActivityInstanceQuery()
                    .processInstanceId(id).list();
            steps.forEach(step -> coverage.nodes.add(activity(step)));
            for (SequenceFlow flow : coverage.model.getModelElementsByType(SequenceFlow.class)) {
                boolean taken = steps.stream()
                        .filter(source -> activity(source).equals(flow.getSource().getId()) && source.getEndTime() != null)
                        .anyMatch(source -> steps.stream().anyMatch(target ->
                                activity(target).equals(flow.getTarget().getId())
                                        && !target.getStartTime().before(source.getEndTime())));
                if (taken) {
                    coverage.flows.add(flow.getId());
                }
            }
        }
        return coverage;
    }

    private static String activity(HistoricActivityInstance step) {
        return step.getActivityId().replace(MULTI_INSTANCE_BODY, "");
    }

    List<String> missedNodes() {
        List<String> missed = new ArrayList<>();
        model.getModelElementsByType(FlowNode.class).forEach(node -> {
            if (!nodes.contains(node.getId())) {
                missed.add(node.getId());
            }
        });
        return List.copyOf(new TreeSet<>(missed));
    }

    List<String> missedFlows() {
        List<String> missed = new ArrayList<>();
        model.getModelElementsByType(SequenceFlow.class).forEach(flow -> {
            if (!flows.contains(flow.getId())) {
                missed.add(flow.getId());
            }
        });
        return List.copyOf(new TreeSet<>(missed));
    }

    int total() {
        return model.getModelElementsByType(FlowNode.class).size() + model.getModelElementsByType(SequenceFlow.class).size();
    }
}
