package kz.election;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * {@link FullProcessCoverage}: remembers the instances of each named process that exist before the
 * class, watches which test methods run, and after the class reads the history of the instances
 * started meanwhile. The whole-class rule is skipped (with a report entry saying so) when only some
 * of the class's test methods were selected.
 */
class FullProcessCoverageExtension implements BeforeAllCallback, TestWatcher, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FullProcessCoverageExtension.class);
    private static final String INSTANCES_BEFORE = "instancesBefore";
    private static final String METHODS_RUN = "methodsRun";

    @Override
    public void beforeAll(ExtensionContext context) {
        HistoryService history = engine(context, HistoryService.class);
        Map<String, Set<String>> before = new HashMap<>();
        for (String process : processes(context)) {
            before.put(process, instanceIds(history, process));
        }
        context.getStore(NAMESPACE).put(INSTANCES_BEFORE, before);
        context.getStore(NAMESPACE).put(METHODS_RUN, new HashSet<Method>());
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        ran(context);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        ran(context);
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        ran(context);
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        ran(context);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void afterAll(ExtensionContext context) {
        Set<Method> run = context.getStore(NAMESPACE).get(METHODS_RUN, Set.class);
        List<Method> notRun = AnnotationSupport.findAnnotatedMethods(context.getRequiredTestClass(), Testable.class,
                HierarchyTraversalMode.TOP_DOWN).stream().filter(method -> !run.contains(method)).toList();
        if (!notRun.isEmpty()) {
            context.publishReportEntry("processCoverage", "not asserted: " + notRun.size()
                    + " test method(s) of the class did not run, e.g. " + notRun.get(0).getName());
            return;
        }
        Map<String, Set<String>> before = context.getStore(NAMESPACE).get(INSTANCES_BEFORE, Map.class);
        RepositoryService repository = engine(context, RepositoryService.class);
        HistoryService history = engine(context, HistoryService.class);
        List<String> gaps = new ArrayList<>();
        for (String process : processes(context)) {
            Set<String> started = instanceIds(history, process);
            started.removeAll(before.get(process));
            ProcessCoverage coverage = ProcessCoverage.of(repository, history, process, started);
            if (!coverage.missedNodes().isEmpty() || !coverage.missedFlows().isEmpty()) {
                gaps.add(process + " (" + started.size() + " instances): flow nodes no story went through "
                        + coverage.missedNodes() + ", sequence flows no story took " + coverage.missedFlows());
            }
        }
        if (!gaps.isEmpty()) {
            throw new AssertionError("The stories of " + context.getRequiredTestClass().getSimpleName()
                    + " do not cover every flow node and sequence flow of " + String.join("; ", gaps));
        }
    }

    private static void ran(ExtensionContext context) {
        context.getStore(NAMESPACE).get(METHODS_RUN, Set.class).add(context.getRequiredTestMethod());
    }

    private static List<String> processes(ExtensionContext context) {
        return List.of(AnnotationSupport.findAnnotation(context.getRequiredTestClass(), FullProcessCoverage.class)
                .orElseThrow().value());
    }

    private static Set<String> instanceIds(HistoryService history, String process) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(process).list().stream()
                .map(HistoricProcessInstance::getId).collect(Collectors.toCollection(HashSet::new));
    }

    private static <T> T engine(ExtensionContext context, Class<T> service) {
        ApplicationContext application = SpringExtension.getApplicationContext(context);
        return application.getBean(service);
    }
}
