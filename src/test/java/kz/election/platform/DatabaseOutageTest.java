package kz.election.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseOutageTest {

    @Test
    void recognisesAnUnreachableDatabaseHoweverDeeplyWrapped() {
        assertThat(DatabaseOutage.isCauseOf(new ProcessEngineException("engine",
                new RuntimeException(new SQLException("I/O error", "08006"))))).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new SQLException("shutting down", "57P01"))).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new RuntimeException(new SQLTransientConnectionException("pool timeout"))))
                .isTrue();
        assertThat(DatabaseOutage.isCauseOf(new RuntimeException(new ConnectException("refused")))).isTrue();
    }

    @Test
    void looksBehindARollbackThatFailedOnTheDeadConnection() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new SQLException("I/O error", "08006"));

        assertThat(DatabaseOutage.isCauseOf(new ProcessEngineException("engine", rollback))).isTrue();
    }

    @Test
    void leavesOtherFailuresAlone() {
        assertThat(DatabaseOutage.isCauseOf(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseOutage.isCauseOf(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseOutage.isCauseOf(new DuplicateKeyException("duplicate"))).isFalse();
        assertThat(DatabaseOutage.isCauseOf(new TransactionSystemException("rollback failed",
                new SQLException("Connection is closed")))).isFalse();
    }
}
