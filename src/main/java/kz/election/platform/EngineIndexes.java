package kz.election.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's own schema lacks for the way election night uses it, made once the engine has
 * made or updated its tables (Flyway owns only the election schema, and on a first run runs before the
 * engine's tables exist). Idempotent: every start asks for them again.
 *
 * <p>Every completed task makes the engine look for its subtasks by {@code PARENT_TASK_ID_}, which has
 * no index: with 10,000 precincts' protocol tasks open at once each look was a scan of the whole task
 * table, twice per protocol (bench/README.md).
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

    static final String TASK_PARENT = "CREATE INDEX IF NOT EXISTS election_idx_task_parent ON act_ru_task (parent_task_id_)";

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        try (Connection connection = configuration.getDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(TASK_PARENT);
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            // a database user without CREATE still runs the elections, only slower on election night
            LOG.warn("Could not create an index the engine lacks; ask the database administrator to run: {} ({})",
                    TASK_PARENT, e.getMessage());
        }
    }
}
