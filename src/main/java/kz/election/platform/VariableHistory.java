package kz.election.platform;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How much of a process variable's life the history keeps. The engine runs at history level full
 * (task, activity and process history, the user operation log, the job log, incidents, identity
 * links); what this adds is a choice about one part of it: the historic detail row written for every
 * single change of every variable (ACT_HI_DETAIL).
 *
 * <p>Here variables carry ids, flags and the mirror of a form (docs/ARCHITECTURE.md): what a person decided
 * lives in the domain rows (a protocol with who submitted and who accepted it, the decision log, the
 * hash chain) and the last value of each variable stays in the historic variable instances. The
 * per-change trail doubled the writes of election night (bench/README.md) while nothing reads it, so
 * it is off by default; {@code election.history.variable-update-details: true} turns it back on.
 */
@Component
class VariableHistory extends AbstractProcessEnginePlugin {

    private final boolean variableUpdateDetails;

    VariableHistory(@Value("${election.history.variable-update-details:false}") boolean variableUpdateDetails) {
        this.variableUpdateDetails = variableUpdateDetails;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (variableUpdateDetails) {
            return;
        }
        // the engine's own database handler, less the per-change detail rows
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        List<HistoryEventHandler> handlers = new ArrayList<>();
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        handlers.add(new WithoutVariableUpdateDetails());
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    /** Writes every history event as the engine does, except a variable change's detail row. */
    static final class WithoutVariableUpdateDetails extends DbHistoryEventHandler {

        @Override
        protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
            return false;
        }
    }
}
