package kz.election.security;

import java.util.regex.Pattern;
import kz.election.commission.CommissionLevel;
import kz.election.commission.Registers;
import kz.election.complaint.ComplaintReviewers;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every process instance belongs to the commission responsible for it, as its engine tenant: Camunda's
 * tenant check then shows each instance, its tasks, variables and history only to users whose seats
 * reach that commission ({@link RegisterSeatIdentities}), through every door (Tasklist, Cockpit,
 * /engine-rest, the webapps' API, /api). The models stay shared (deployed without a tenant).
 *
 * <p>The commission comes from the database, never from what a caller sent: an election's organizer as
 * stored at its announcement; a complaint's reviewer as stored at its filing; a nomination's, motion's,
 * appeal's or recount's election's organizer. A called process (a precinct's count) belongs where its
 * caller belongs. The one instance that starts before its row exists is an election called from its
 * Tasklist start form: its territory picks the organizer the announcement will store.
 */
@Component
class ElectionTenants extends AbstractProcessEnginePlugin implements TenantIdProvider {

    static final String ELECTION_NUMBER = "electionNumber";
    static final String COMPLAINT_NUMBER = "complaintNumber";
    static final String TERRITORY = "territory";
    static final String SUBJECT = "subject";

    private static final Pattern KATO = Pattern.compile("[0-9]{9}");

    private final JdbcClient jdbc;
    private final Registers registers;

    ElectionTenants(JdbcClient jdbc, Registers registers) {
        this.jdbc = jdbc;
        this.registers = registers;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(this);
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
        if (context.getSuperExecution() != null) {
            return context.getSuperExecution().getTenantId();
        }
        VariableMap variables = context.getVariables();
        String definition = context.getProcessDefinition().getKey();
        String complaint = text(variables, COMPLAINT_NUMBER);
        if ("complaint".equals(definition) && complaint != null) {
            return jdbc.sql("SELECT reviewer_code FROM election.complaint WHERE complaint_number = ?")
                    .param(complaint).query(String.class).optional().orElse(null);
        }
        String election = text(variables, ELECTION_NUMBER);
        String subject = text(variables, SUBJECT);
        if ("complaint".equals(definition) && election != null && ComplaintReviewers.isOrganizersAct(subject)) {
            // filed through its Tasklist start form, before its row exists: a TEC's act is the oblast's to review
            return jdbc.sql("""
                            SELECT c.parent_code FROM election.election e JOIN election.commission c ON c.code = e.organizer_code
                            WHERE e.election_number = ?""")
                    .param(election).query(String.class).optional().orElse(null);
        }
        if (election == null && complaint != null) {
            election = jdbc.sql("""
                            SELECT e.election_number FROM election.complaint c JOIN election.election e ON e.id = c.election_id
                            WHERE c.complaint_number = ?""")
                    .param(complaint).query(String.class).optional().orElse(null);
        }
        if (election != null) {
            return jdbc.sql("SELECT organizer_code FROM election.election WHERE election_number = ?")
                    .param(election).query(String.class).optional().orElse(null);
        }
        String territory = text(variables, TERRITORY);
        if ("election".equals(definition) && territory != null && KATO.matcher(territory.strip()).matches()) {
            return registers.enclosing(territory.strip(), CommissionLevel.TERRITORIAL).map(c -> c.code()).orElse(null);
        }
        // anything else sent (a name, a wrong type) the announcement refuses, naming the field
        return null;
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
        return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
        return context.getExecution() == null ? null : context.getExecution().getTenantId();
    }

    /** A text variable as sent, or null for anything else: what a caller sent is read, never deserialized. */
    private static String text(VariableMap variables, String name) {
        TypedValue value = variables == null ? null : variables.getValueTyped(name);
        if (value == null || value instanceof SerializableValue serialized && !serialized.isDeserialized()) {
            return null;
        }
        return value.getValue() instanceof String text && !text.isBlank() && text.indexOf('\u0000') < 0 ? text : null;
    }

}
