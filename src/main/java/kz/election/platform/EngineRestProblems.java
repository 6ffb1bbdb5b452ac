package kz.election.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.election.common.ConflictException;
import kz.election.common.ElectionTime;
import kz.election.common.FieldViolation;
import kz.election.common.ForbiddenException;
import kz.election.common.InvalidInputException;
import kz.election.common.NotFoundException;
import kz.election.i18n.ProcessNames;
import kz.election.i18n.StaffLanguages;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The answers of Camunda's REST API ({@code /engine-rest}) that Camunda itself gives as a 500 but that
 * are no failure of the application: a lost race (two staff claiming or completing one task at the same
 * moment: an optimistic lock, a claim already taken, a task the other just completed) is a 409 with a
 * message a person understands, and an unreachable database is a 503 with a Retry-After hint, as on
 * {@code /api}. A start or task form whose values a step of the process refused (the domain's
 * InvalidInputException, NotFoundException, ConflictException) is a 400 naming every field, a 404 or a
 * 409. Everything else keeps Camunda's own answer. The body keeps Camunda's error form
 * ({@code type}, {@code message}), which Tasklist shows and REST clients already read.
 *
 * <p>Jersey picks the exception mapper nearest to the exception's class, so one mapper is registered
 * beside each of Camunda's (ProcessEngineException, RestException, Throwable) with a higher priority;
 * each takes only the failures above and leaves the rest to Camunda's. The loser of a race to complete a
 * task reads who won in their own language (Accept-Language: kk, ru, else English), here and in Tasklist.
 */
@Component
public class EngineRestProblems implements ResourceConfigCustomizer {

    private static final Logger LOG = LoggerFactory.getLogger(EngineRestProblems.class);
    /** Task operations whose target another person may have just completed. */
    private static final Pattern TASK_OPERATION =
            Pattern.compile(".*/task/([^/]+)/(complete|submit-form|claim|unclaim|resolve|assignee)/?");

    /** Camunda's log code and text when a Java-serialized variable is refused (ProcessEngineLogger, 7.x). */
    private static final Pattern JAVA_SERIALIZATION_PROHIBITED =
            Pattern.compile("ENGINE-17007 Cannot set variable with name (\\S+)\\. Java serialization format is prohibited");

    /** Camunda's text when a password fails the password policy (IdentityServiceImpl, 7.x). */
    private static final Pattern PASSWORD_POLICY = Pattern.compile("Password does not match policy");

    private final ProcessEngineConfigurationImpl engine;
    private final HistoryService history;
    private final ProcessNames names;
    private final EngineAnswers answers = new EngineAnswers();

    EngineRestProblems(ProcessEngineConfigurationImpl engine, HistoryService history, ProcessNames names) {
        this.engine = engine;
        this.history = history;
        this.names = names;
    }

    @Override
    public void customize(ResourceConfig config) {
        config.register(new ForEngineExceptions(this));
        config.register(new ForRestExceptions(this));
        config.register(new ForAnyFailure(this));
    }

    /** The answer this class gives for the failure, or empty to leave it to Camunda's mappers. */
    Optional<Response> answer(Throwable failure) {
        if (!DatabaseOutage.isCauseOf(failure)) {
            // a task another just completed explains any failure of an operation on it, the step's own conflict too
            Optional<Response> lostRace = requestOnATask().flatMap(request -> completedMeanwhile(request.taskId(),
                    request.acceptLanguage(), callersReach())).map(EngineRestProblems::conflict);
            if (lostRace.isPresent()) {
                return lostRace;
            }
        }
        return answerTo(failure);
    }

    /**
     * The answer to a failure that says what went wrong by itself (everything but a lost race, which needs the
     * task's history): at {@code /engine-rest} and, through {@link WebappRestProblems}, in the webapps.
     */
    Optional<Response> answerTo(Throwable failure) {
        if (DatabaseOutage.isCauseOf(failure)) {
            LOG.warn("Engine REST request refused while the database is unreachable: {}", failure.toString());
            return Optional.of(Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .header("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS))
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(body("DatabaseUnavailable", DatabaseOutage.detail()))
                    .build());
        }
        if (isTextTheDatabaseRefuses(failure)) {
            return Optional.of(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(body("InvalidInputException", TEXT_THE_DATABASE_REFUSES)).build());
        }
        if (firstCause(failure, InvalidInputException.class) instanceof InvalidInputException invalid) {
            // a start form or task form whose values a step of the process refused: name every field
            Map<String, Object> body = body("InvalidInputException", "The form has invalid fields: "
                    + String.join(", ", invalid.violations().stream().map(FieldViolation::field).distinct().toList())
                    + ". " + invalid.getMessage());
            body.put("errors", invalid.violations());
            return Optional.of(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(body).build());
        }
        if (firstMatch(failure, PASSWORD_POLICY) != null) {
            // a new or changed password the policy refuses is the caller's to fix, not a failure of ours
            String rules = passwordRules();
            Map<String, Object> body = body("InvalidInputException", "The password does not meet the password policy: "
                    + rules + ". Nothing was saved.");
            body.put("errors", List.of(new FieldViolation("credentials.password", rules)));
            return Optional.of(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(body).build());
        }
        Matcher serialized = firstMatch(failure, JAVA_SERIALIZATION_PROHIBITED);
        if (serialized != null) {
            // ENGINE-17007: the engine refuses Java-serialized variables (a known attack path); the caller's mistake
            Map<String, Object> body = body("InvalidInputException", "Variable " + serialized.group(1)
                    + " is a Java-serialized object, which is not accepted; send a string, number, boolean or JSON.");
            body.put("errors", List.of(new FieldViolation(serialized.group(1),
                    "Java-serialized objects are not accepted; send a string, number, boolean or JSON")));
            return Optional.of(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(body).build());
        }
        if (firstCause(failure, ForbiddenException.class) instanceof ForbiddenException forbidden) {
            // a form filed for a commission the caller does not sit on: the refusal names the commission
            return Optional.of(Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(body("ForbiddenException", forbidden.getMessage())).build());
        }
        if (firstCause(failure, NotFoundException.class) instanceof NotFoundException notFound) {
            return Optional.of(Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(body("NotFoundException", notFound.getMessage())).build());
        }
        if (firstCause(failure, ConflictException.class) instanceof ConflictException clash) {
            return Optional.of(conflict(clash.getMessage()));
        }
        if (causedBy(failure, OptimisticLockingException.class)) {
            return Optional.of(conflict("Someone else changed this task at the same moment; reload the task list"
                    + " and try again. Nothing of your request was saved."));
        }
        if (firstCause(failure, TaskAlreadyClaimedException.class) instanceof TaskAlreadyClaimedException claimed) {
            return Optional.of(conflict("The task is already claimed by " + claimed.getTaskAssignee()
                    + "; reload the task list. Nothing of your request was saved."));
        }
        return Optional.empty();
    }

    /** The caller of this request: the engine's authentication is still set here (the door's filter clears it after). */
    private Reach callersReach() {
        org.camunda.bpm.engine.impl.identity.Authentication caller = engine.getIdentityService().getCurrentAuthentication();
        return caller == null ? Reach.NONE : new Reach(caller.getGroupIds(), caller.getTenantIds());
    }

    /**
     * What the loser of a race to finish task {@code taskId} is told, in the language of {@code acceptLanguage}
     * (kk, ru, else English): who completed it and when, when history shows it completed and the task is of
     * a commission the caller reaches (or of none); empty otherwise, and Camunda's own answer stands.
     * Tasklist's own REST ({@link WebappRestProblems}) answers with the same words.
     */
    Optional<String> completedMeanwhile(String taskId, String acceptLanguage, Reach caller) {
        // the loser may hold no grant on history; this reads one row to explain their failure to them
        HistoricTaskInstance task = engine.getCommandExecutorTxRequired().execute(context ->
                context.runWithoutAuthorization(() -> history.createHistoricTaskInstanceQuery()
                        .taskId(taskId).singleResult()));
        if (task == null || task.getEndTime() == null || !"completed".equals(task.getDeleteReason())
                || !caller.reaches(task.getTenantId())) {
            // who completed a commission's task is told only to those its work reached: anyone else keeps Camunda's answer
            return Optional.empty();
        }
        String language = StaffLanguages.fromAcceptLanguage(acceptLanguage);
        String name = task.getProcessDefinitionKey() == null || task.getTaskDefinitionKey() == null ? task.getName()
                : names.name(task.getProcessDefinitionKey(), task.getTaskDefinitionKey(), language);
        return Optional.of(answers.text(language, task.getAssignee() == null ? "task.completedMeanwhile"
                : "task.completedMeanwhileBy", name, time(task), task.getAssignee()));
    }

    /** What a caller is told when a value of theirs holds a character PostgreSQL cannot store. */
    public static final String TEXT_THE_DATABASE_REFUSES = "A value holds the NUL character (U+0000) or another"
            + " character the database cannot store; remove it and send the request again. Nothing was saved.";

    /**
     * A value with NUL (or bytes invalid in UTF-8) that a check let through to PostgreSQL (SQLSTATE 22021,
     * 22P05): the caller's input, not the application's failure. The safety net behind the field checks.
     */
    public static boolean isTextTheDatabaseRefuses(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && ("22021".equals(sql.getSQLState())
                    || "22P05".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** The task this request operates on and its Accept-Language, when it is a task operation. */
    private static Optional<TaskRequest> requestOnATask() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        return taskOf(attributes.getRequest().getRequestURI())
                .map(taskId -> new TaskRequest(taskId, attributes.getRequest().getHeader("Accept-Language")));
    }

    /** The task id of a task operation's path ({@code .../task/{id}/complete}), at either door. */
    static Optional<String> taskOf(String requestUri) {
        Matcher matcher = TASK_OPERATION.matcher(requestUri);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private record TaskRequest(String taskId, String acceptLanguage) {
    }

    /** Whose failure may be explained: the caller's groups and commissions (tenants). */
    record Reach(List<String> groups, List<String> tenants) {

        static final Reach NONE = new Reach(List.of(), List.of());

        Reach {
            groups = groups == null ? List.of() : List.copyOf(groups);
            tenants = tenants == null ? List.of() : List.copyOf(tenants);
        }

        /** Administrators reach every task; others the tasks of their commissions, and those of none. */
        boolean reaches(String tenant) {
            return tenant == null || tenants.contains(tenant) || groups.contains(CommandGuard.ADMINS_GROUP)
                    || groups.contains(org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN);
        }
    }

    static Response conflict(String message) {
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body("ConflictException", message)).build();
    }

    /** The policy's rules as a person reads them, e.g. "at least 15 characters". */
    private String passwordRules() {
        var policy = engine.getPasswordPolicy();
        if (policy == null || policy.getRules() == null || policy.getRules().isEmpty()) {
            return "the password policy refused it";
        }
        return String.join("; ", policy.getRules().stream().map(rule -> {
            Map<String, String> parameters = rule.getParameters() == null ? Map.of() : rule.getParameters();
            if (parameters.containsKey("minLength")) {
                return "at least " + parameters.get("minLength") + " characters";
            }
            return rule.getPlaceholder() + (parameters.isEmpty() ? "" : " " + parameters);
        }).toList());
    }

    static Map<String, Object> body(String type, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message);
        body.put("code", null);
        return body;
    }

    // the country's zone (the task's election is not read here), its offset named as it was that day
    private static String time(HistoricTaskInstance task) {
        ZonedDateTime at = task.getEndTime().toInstant().atZone(ElectionTime.COUNTRY);
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(at) + " " + ElectionTime.utc(at.getOffset());
    }

    private static Matcher firstMatch(Throwable failure, Pattern message) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ProcessEngineException && cause.getMessage() != null) {
                Matcher matcher = message.matcher(cause.getMessage());
                if (matcher.find()) {
                    return matcher;
                }
            }
        }
        return null;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        return firstCause(failure, type) != null;
    }

    private static Throwable firstCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return cause;
            }
        }
        return null;
    }

    /** Base of the three registrations: mappable when {@link #answer} has one. */
    abstract static class Mapper<E extends Throwable> implements ExtendedExceptionMapper<E> {

        private final EngineRestProblems problems;

        Mapper(EngineRestProblems problems) {
            this.problems = problems;
        }

        @Override
        public boolean isMappable(E failure) {
            try {
                return problems.answer(failure).isPresent();
            } catch (RuntimeException e) {
                // explaining the failure failed (the database went away meanwhile): Camunda's answer stands
                LOG.debug("Could not explain an engine REST failure", e);
                return false;
            }
        }

        @Override
        public Response toResponse(E failure) {
            return problems.answer(failure).orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(failure));
        }
    }

    @Priority(Priorities.USER - 100)
    static final class ForEngineExceptions extends Mapper<ProcessEngineException> {
        ForEngineExceptions(EngineRestProblems problems) {
            super(problems);
        }
    }

    @Priority(Priorities.USER - 100)
    static final class ForRestExceptions extends Mapper<RestException> {
        ForRestExceptions(EngineRestProblems problems) {
            super(problems);
        }
    }

    @Priority(Priorities.USER - 100)
    static final class ForAnyFailure extends Mapper<Throwable> {
        ForAnyFailure(EngineRestProblems problems) {
            super(problems);
        }
    }
}
