package kz.election.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import kz.election.model.ElectionModel;
import kz.election.model.NoConfidenceModel;
import kz.election.model.PrecinctCountModel;
import kz.election.security.Role;
import kz.election.model.CandidateRegistrationModel;
import kz.election.model.ComplaintModel;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;

/**
 * The house rules of the models in bpmn/ (docs/ARCHITECTURE.md, docs/STYLE.md), checked on every file so a
 * new process cannot forget one: one process per file named after it, a business name on every
 * element in the words of the law (no channel or engine words), history time to live, a lane per role with
 * every step in exactly one lane, and every user task offered to one role, in that role's lane, with a form
 * of forms/.
 */
class ProcessModelConventionsTest {

    private static final Path BPMN = Path.of("bpmn");
    private static final Path FORMS = Path.of("forms");
    /** The lane of each role's steps, the same id in every process. */
    private static final java.util.Map<String, String> LANE_OF_ROLE = java.util.Map.of(
            "tec-staff", "territorialCommissionLane", "pec-staff", "precinctCommissionLane",
            "complaints-officers", "complaintsOfficersLane", "maslikhat-secretariat", "maslikhatSecretariatLane",
            "supervisors", "supervisorsLane");
    /** Words of channels and of the engine, which a commission lawyer reading a label should not meet. */
    private static final List<String> FORBIDDEN_IN_LABELS = List.of("tasklist", "cockpit", "api", "rest", "engine",
            "child process", "escalation", "variable", "delegate", "timer", "token", "message", "instance", "job",
            "script", "form field");

    @Test
    void everyProcessFollowsTheHouseRules() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : files(BPMN, ".bpmn")) {
            problems.addAll(problemsOf(file));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyStepOfTheProcessesUnderTheStepRuleIsCalledByItsElementId() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : stepRuleModels()) {
            problems.addAll(stepProblemsOf(file));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void namesAStepNotCalledByItsElementIdAndAListenerOutsideTheCrossCuttingOnes(@org.junit.jupiter.api.io.TempDir Path folder) {
        Path file = folder.resolve("vote-count.bpmn");
        BpmnModelInstance model = Bpmn.createExecutableProcess("voteCount").name("Vote count")
                .startEvent("countBegins").name("Count begins")
                .camundaExecutionListenerExpression("start", "${countStatus.move(execution, 'COUNT')}")
                .serviceTask("countVotes").name("Count the votes").camundaDelegateExpression("${votesCounter}")
                .serviceTask("checkCount").name("Check the count").camundaExpression("${checks.run(execution)}")
                .userTask("acceptCount").name("Accept the count").camundaTaskListenerDelegateExpression("complete", "${recordAcceptance}")
                .userTask("signCount").name("Sign the count").camundaTaskListenerDelegateExpression("complete", "${signCount}")
                .camundaTaskListenerDelegateExpression("create", "${restrictToPrecinctStaff}")
                .endEvent("counted").name("Counted")
                .done();
        Bpmn.writeModelToFile(file.toFile(), model);

        assertThat(stepProblemsOf(file)).containsExactlyInAnyOrder(
                file + ": service task countVotes calls ${votesCounter}, not ${countVotes}",
                file + ": service task checkCount calls null, not ${checkCount}",
                file + ": user task acceptCount records its completion with ${recordAcceptance}, not ${acceptCount}",
                file + ": countBegins has the listener ${countStatus.move(execution, 'COUNT')}, which is neither a step"
                        + " nor one of the cross-cutting listeners");
    }

    @Test
    void everyFormIdIsItsFileName() throws IOException {
        for (Path form : files(FORMS, ".form")) {
            String expectedId = form.getFileName().toString().replace(".form", "");
            assertThat(Files.readString(form)).as(form.toString()).containsPattern("\"id\"\\s*:\\s*\"" + expectedId + "\"");
        }
    }

    @Test
    void namesEveryBrokenRuleOfAModel(@org.junit.jupiter.api.io.TempDir Path folder) {
        Path file = folder.resolve("vote-count.bpmn");
        BpmnModelInstance broken = Bpmn.createExecutableProcess("VoteCount")
                .startEvent("start")
                .userTask("enter_protocol").name("Enter protocol").camundaCandidateGroups("tec-staff,pec-staff")
                .exclusiveGateway("checked").name("Checks pass?")
                .endEvent("accepted").name("Accepted")
                .moveToLastGateway()
                .endEvent("countRefused").name("Refused")
                .done();
        // the fluent builder fills in a time to live and names events after their ids; a file may lack both
        broken.<Process>getModelElementById("VoteCount").setCamundaHistoryTimeToLiveString(null);
        broken.<FlowNode>getModelElementById("start").setName(null);
        Bpmn.writeModelToFile(file.toFile(), broken);

        assertThat(problemsOf(file)).anySatisfy(p -> assertThat(p).contains("process id VoteCount is not voteCount"))
                .anySatisfy(p -> assertThat(p).contains("the process has no business name"))
                .anySatisfy(p -> assertThat(p).contains("no historyTimeToLive"))
                .anySatisfy(p -> assertThat(p).contains("start has no business name"))
                .anySatisfy(p -> assertThat(p).contains("id enter_protocol is not camelCase"))
                .anySatisfy(p -> assertThat(p).contains("out of checked has no name"))
                .anySatisfy(p -> assertThat(p).contains("is not offered to exactly one role"))
                .anySatisfy(p -> assertThat(p).contains("has no form of forms/"))
                .anySatisfy(p -> assertThat(p).contains("the process has no lanes"));
    }

    @Test
    void namesAStepOutsideItsRolesLaneAndEngineWordsInALabel(@org.junit.jupiter.api.io.TempDir Path folder) {
        Path file = folder.resolve("vote-count.bpmn");
        BpmnModelInstance model = Bpmn.createExecutableProcess("voteCount").name("Vote count")
                .startEvent("protocolReceived").name("Protocol received through the API")
                .userTask("enterVoteProtocol").name("Enter the protocol").camundaCandidateGroups("pec-staff")
                .camundaFormRef("enter-protocol").camundaFormRefBinding("deployment")
                .endEvent("protocolEntered").name("Protocol entered")
                .done();
        Process process = model.getModelElementById("voteCount");
        org.camunda.bpm.model.bpmn.instance.LaneSet lanes = model.newInstance(org.camunda.bpm.model.bpmn.instance.LaneSet.class);
        lanes.setId("lanes");
        process.getLaneSets().add(lanes);
        Lane tec = model.newInstance(Lane.class);
        tec.setId("tecLane");
        tec.setName("Territorial election commission");
        lanes.getLanes().add(tec);
        tec.getFlowNodeRefs().add(model.getModelElementById("enterVoteProtocol"));
        tec.getFlowNodeRefs().add(model.getModelElementById("protocolReceived"));
        Lane system = model.newInstance(Lane.class);
        system.setId("systemLane");
        lanes.getLanes().add(system);
        system.getFlowNodeRefs().add(model.getModelElementById("protocolReceived"));
        Bpmn.writeModelToFile(file.toFile(), model);

        assertThat(problemsOf(file))
                .anySatisfy(p -> assertThat(p).contains("label of protocolReceived speaks of api"))
                .anySatisfy(p -> assertThat(p).contains("protocolReceived is in 2 lanes"))
                .anySatisfy(p -> assertThat(p).contains("protocolEntered is in 0 lanes"))
                .anySatisfy(p -> assertThat(p).contains("user task enterVoteProtocol of pec-staff is in the lane tecLane, not precinctCommissionLane"))
                .anySatisfy(p -> assertThat(p).contains("lane systemLane has no business name"));
    }

    /**
     * The processes whose steps follow the one rule for a step: a service task X
     * calls {@code ${X}}, a user task T records its completion with {@code ${T}}, each a bean of a class named
     * after the element (StepBeansTest). Every process is meant to be here.
     */
    static final List<String> STEP_RULE_PROCESSES = List.of(ElectionModel.PROCESS, PrecinctCountModel.PROCESS,
            NoConfidenceModel.PROCESS, CandidateRegistrationModel.PROCESS, ComplaintModel.PROCESS,
            kz.election.model.CampaignFinanceModel.PROCESS);

    /** Listeners that are not a step of their model: they may sit on any element. */
    private static final List<String> CROSS_CUTTING_LISTENERS = List.of("${restrictToPrecinctStaff}",
            "${refuseSecondElectionProcess}", "${electionStatus.move(", "${deadlineEscalation.mark(");

    /** The models of {@link #STEP_RULE_PROCESSES}. */
    static List<Path> stepRuleModels() throws IOException {
        return files(BPMN, ".bpmn").stream().filter(file -> STEP_RULE_PROCESSES.contains(
                camelCase(file.getFileName().toString().replace(".bpmn", "")))).toList();
    }

    /** The steps of a model by element id: its service tasks and the user tasks that record their completion. */
    static java.util.Map<String, Class<?>> stepsOf(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        java.util.Map<String, Class<?>> steps = new java.util.TreeMap<>();
        model.getModelElementsByType(ServiceTask.class).forEach(task -> steps.put(task.getId(),
                org.camunda.bpm.engine.delegate.JavaDelegate.class));
        for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
            if (COMPLETE.equals(listener.getCamundaEvent()) && owner(listener) instanceof UserTask task) {
                steps.put(task.getId(), org.camunda.bpm.engine.delegate.TaskListener.class);
            }
        }
        return steps;
    }

    static List<String> stepProblemsOf(Path file) {
        List<String> problems = new ArrayList<>();
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            String called = task.getCamundaDelegateExpression();
            check(problems, ("${" + task.getId() + "}").equals(called),
                    file + ": service task " + task.getId() + " calls " + called + ", not ${" + task.getId() + "}");
        }
        for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
            BaseElement owner = owner(listener);
            String called = listener.getCamundaDelegateExpression() != null ? listener.getCamundaDelegateExpression()
                    : listener.getCamundaExpression() != null ? listener.getCamundaExpression() : listener.getCamundaClass();
            if (COMPLETE.equals(listener.getCamundaEvent()) && !crossCutting(called)) {
                check(problems, ("${" + owner.getId() + "}").equals(called), file + ": user task " + owner.getId()
                        + " records its completion with " + called + ", not ${" + owner.getId() + "}");
            } else {
                check(problems, crossCutting(called), file + ": " + owner.getId() + " has the listener " + called
                        + ", which is neither a step nor one of the cross-cutting listeners");
            }
        }
        for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
            String called = listener.getCamundaDelegateExpression() != null ? listener.getCamundaDelegateExpression()
                    : listener.getCamundaExpression() != null ? listener.getCamundaExpression() : listener.getCamundaClass();
            check(problems, crossCutting(called), file + ": " + owner(listener).getId() + " has the listener " + called
                    + ", which is neither a step nor one of the cross-cutting listeners");
        }
        return problems;
    }

    private static final String COMPLETE = "complete";

    private static boolean crossCutting(String called) {
        return called != null && CROSS_CUTTING_LISTENERS.stream().anyMatch(called::startsWith);
    }

    /** The element whose extension elements hold the listener. */
    private static BaseElement owner(org.camunda.bpm.model.xml.instance.ModelElementInstance listener) {
        return (BaseElement) listener.getParentElement().getParentElement();
    }

    static List<String> problemsOf(Path file) {
        List<String> problems = new ArrayList<>();
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        List<Process> processes = List.copyOf(model.getModelElementsByType(Process.class));
        if (processes.size() != 1) {
            return List.of(file + ": holds " + processes.size() + " processes, not one");
        }
        Process process = processes.get(0);
        String expectedId = camelCase(file.getFileName().toString().replace(".bpmn", ""));
        check(problems, expectedId.equals(process.getId()), file + ": process id " + process.getId() + " is not " + expectedId);
        check(problems, hasText(process.getName()), file + ": the process has no business name");
        check(problems, hasText(process.getCamundaHistoryTimeToLiveString()), file + ": no historyTimeToLive");
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            check(problems, hasText(node.getName()), file + ": " + node.getId() + " has no business name");
            check(problems, node.getId().matches("[a-z][A-Za-z0-9]*"), file + ": id " + node.getId() + " is not camelCase");
        }
        List<Lane> lanes = List.copyOf(model.getModelElementsByType(Lane.class));
        check(problems, !lanes.isEmpty(), file + ": the process has no lanes, one per role");
        for (Lane lane : lanes) {
            check(problems, hasText(lane.getName()), file + ": the lane " + lane.getId() + " has no business name");
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            List<Lane> in = lanes.stream().filter(lane -> lane.getFlowNodeRefs().contains(node)).toList();
            check(problems, lanes.isEmpty() || in.size() == 1, file + ": " + node.getId() + " is in " + in.size() + " lanes, not one");
            if (node instanceof UserTask task && in.size() == 1) {
                String lane = in.get(0).getId();
                String expected = LANE_OF_ROLE.get(task.getCamundaCandidateGroups());
                check(problems, lane.equals(expected), file + ": user task " + task.getId() + " of "
                        + task.getCamundaCandidateGroups() + " is in the lane " + lane + ", not " + expected);
            }
        }
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            String label = element.getAttributeValue("name");
            if (element instanceof Process || element instanceof Lane || !hasText(label)
                    || !(element instanceof FlowNode || element instanceof SequenceFlow)) {
                continue;
            }
            for (String word : FORBIDDEN_IN_LABELS) {
                check(problems, !label.toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\b" + word + "\\b.*"),
                        file + ": the label of " + element.getId() + " speaks of " + word + ": " + label);
            }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            // a parallel split's branches are not choices, so they carry no name (bpmnlint: superfluous-label)
            boolean fromGateway = flow.getSource().getOutgoing().size() > 1
                    && !(flow.getSource() instanceof org.camunda.bpm.model.bpmn.instance.ParallelGateway);
            check(problems, !fromGateway || hasText(flow.getName()),
                    file + ": the branch " + flow.getId() + " out of " + flow.getSource().getId() + " has no name");
        }
        List<String> roles = Arrays.stream(Role.values()).map(Role::groupId).toList();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String groups = task.getCamundaCandidateGroups();
            check(problems, groups != null && roles.contains(groups),
                    file + ": user task " + task.getId() + " is not offered to exactly one role: " + groups);
            String formRef = task.getCamundaFormRef();
            check(problems, formRef != null && Files.exists(FORMS.resolve(formRef + ".form")),
                    file + ": user task " + task.getId() + " has no form of forms/: " + formRef);
            check(problems, "deployment".equals(task.getCamundaFormRefBinding()),
                    file + ": user task " + task.getId() + " must bind its form to the deployment");
        }
        return problems;
    }

    static String camelCase(String kebab) {
        StringBuilder id = new StringBuilder();
        for (String part : kebab.split("-")) {
            id.append(id.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return id.toString();
    }

    private static void check(List<String> problems, boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
