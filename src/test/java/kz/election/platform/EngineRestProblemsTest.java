package kz.election.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import kz.election.common.FieldViolation;
import kz.election.common.InvalidInputException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Which failures of {@code /engine-rest} get this application's answer instead of Camunda's 500, outside
 * a request (so without the "completed meanwhile" look-up, which ConcurrencyTest shows over HTTP).
 */
class EngineRestProblemsTest {

    private final EngineRestProblems problems = new EngineRestProblems(null, null, null);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "lost optimistic lock,            409",
            "lost optimistic lock in a Rest,  409",
            "claim already taken,             409",
            "database gone in the engine,     503",
            "database gone in Spring,         503",
            "form value refused,              400",
            "NUL refused by PostgreSQL,       400",
            "other engine failure,            0",
            "other Rest failure,              0",
            "programming error,               0"})
    void answersRacesOutagesAndRefusedFormsAndLeavesTheRestToCamunda(String failure, int status) {
        Throwable thrown = switch (failure) {
            case "lost optimistic lock" -> new OptimisticLockingException("Entity was updated by another transaction concurrently");
            case "lost optimistic lock in a Rest" -> new RestException(Response.Status.INTERNAL_SERVER_ERROR,
                    new OptimisticLockingException("updated by another transaction"), "Cannot complete task 1");
            case "claim already taken" -> new TaskAlreadyClaimedException("1", "demo-tec");
            case "database gone in the engine" -> new ProcessEngineException("could not open a connection",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
            case "database gone in Spring" -> new CannotCreateTransactionException("no connection",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
            case "form value refused" -> new ProcessEngineException("start failed",
                    new InvalidInputException(List.of(new FieldViolation("territory", "is required"))));
            case "NUL refused by PostgreSQL" -> new org.springframework.dao.DataIntegrityViolationException("SELECT",
                    new java.sql.SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021"));
            case "other engine failure" -> new ProcessEngineException("Unknown property used in expression");
            case "other Rest failure" -> new RestException(Response.Status.BAD_REQUEST, "Cannot convert value");
            default -> new NullPointerException();
        };

        var answer = problems.answer(thrown);

        if (status == 0) {
            assertThat(answer).isEmpty();
            return;
        }
        assertThat(answer).isPresent();
        assertThat(answer.get().getStatus()).isEqualTo(status);
        Map<?, ?> body = (Map<?, ?>) answer.get().getEntity();
        assertThat(body.get("message").toString()).isNotBlank().doesNotContain("Exception");
        if (status == 503) {
            assertThat(answer.get().getHeaderString("Retry-After")).isEqualTo(String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        }
        if (status == 400 && failure.startsWith("form")) {
            assertThat(body.get("errors")).asList().extracting("field").containsExactly("territory");
        }
    }

    @Test
    void aLostClaimNamesWhoHoldsTheTask() {
        var answer = problems.answer(new TaskAlreadyClaimedException("42", "pec-1-member"));

        assertThat(((Map<?, ?>) answer.orElseThrow().getEntity()).get("message").toString()).contains("pec-1-member");
    }
}
