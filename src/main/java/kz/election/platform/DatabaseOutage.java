package kz.election.platform;

import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure caused by an unreachable database (restart, failover, network) from every other
 * failure, wherever the engine, Spring or the pool wrapped it. Such a request is answered 503 with a
 * retry hint: nothing was saved and the same request will work once the database is back.
 */
public final class DatabaseOutage {

    /** Seconds a client should wait before trying again; the pool reconnects on its own meanwhile. */
    public static final int RETRY_AFTER_SECONDS = 30;

    // PostgreSQL: 08xxx connection exceptions, 57P01-57P03 shutting down or not yet accepting
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");

    private DatabaseOutage() {
    }

    public static boolean isCauseOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SocketException) {
                return true;
            }
            // a failed rollback on a dead connection hides the failure that caused it
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && rollback.getApplicationException() != failure && isCauseOf(rollback.getApplicationException())) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState()))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    public static String detail() {
        return "The database cannot be reached right now; nothing was saved. Try again in "
                + RETRY_AFTER_SECONDS + " seconds.";
    }
}
