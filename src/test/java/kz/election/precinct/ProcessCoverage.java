package kz.election.precinct;

import java.util.ArrayList;
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
 * history, so a story test can show it covers the whole diagram. A flow counts as taken when its
 * target started right after its source in one instance; that holds for diagrams without parallel
 * paths, such as precinct-count.bpmn.
 */
final class ProcessCoverage {

    private final Set<String> nodes = new HashSet<>();
    private final Set<String> flows = new HashSet<>();
    private final BpmnModelInstance model;

    private ProcessCoverage(BpmnModelInstance model) {
        this.model = model;
    }

    static ProcessCoverage of(RepositoryService repository, HistoryService history, String processKey,
                              List<String> processInstanceIds) {
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult().getId();
        ProcessCoverage coverage = new ProcessCoverage(repository.getBpmnModelInstance(definitionId));
        for (String id : processInstanceIds) {
            List<HistoricActivityInstance> steps = history.createHistoricActivityInstanceQuery()
                    .processInstanceId(id).orderPartiallyByOccurrence().asc().list();
            HistoricActivityInstance previous = null;
            for (HistoricActivityInstance step : steps) {
                coverage.nodes.add(step.getActivityId());
                if (previous != null) {
                    coverage.flowBetween(previous.getActivityId(), step.getActivityId());
                }
                previous = step;
            }
        }
        return coverage;
    }

    private void flowBetween(String source, String target) {
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (flow.getSource().getId().equals(source) && flow.getTarget().getId().equals(target)) {
                flows.add(flow.getId());
            }
        }
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
