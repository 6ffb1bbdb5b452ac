package kz.election.platform;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Personal data never reaches the engine's history. A Tasklist start form (and the higher akim's
 * nomination form) must submit a candidate's IIN, birth date, address and e-mail, or a complainant's
 * name and e-mail, as variables: the step after it stores them in their domain row and removes them
 * from the instance, leaving the row's reference. Without this handler the history would still keep
 * them for the processes' time to live, readable by everyone who reads history: the last value in
 * the historic variable instance (ACT_HI_VARINST), and the submitted form field and the variable's
 * change in the historic details (ACT_HI_DETAIL). It drops exactly those events, by variable name,
 * before the engine's own handlers (and {@link VariableHistory}'s) see them.
 */
@Component
public class PersonalDataHistory extends AbstractProcessEnginePlugin {

    /** The nomination form's fields about the person (file-nomination.form). */
    public static final Set<String> NOMINEE_FIELDS = Set.of("iin", "birthDate", "address", "email");
    /** The same fields of the higher akim's nominees (nominate-by-higher-akim.form). */
    public static final Set<String> HIGHER_AKIM_NOMINEE_FIELDS = Stream.of("nominee1", "nominee2")
            .flatMap(prefix -> Stream.of("Iin", "BirthDate", "Address", "Email").map(field -> prefix + field))
            .collect(Collectors.toUnmodifiableSet());
    /** The complaint form's fields about the complainant (file-complaint.form). */
    public static final Set<String> COMPLAINANT_FIELDS = Set.of("complainantName", "complainantEmail");
    /** A citizens' appeal's author, should a caller of the engine's API send them as variables. */
    public static final Set<String> CITIZEN_FIELDS = Set.of("citizenName", "citizenContact");

    static final Set<String> ALL = Stream.of(NOMINEE_FIELDS, HIGHER_AKIM_NOMINEE_FIELDS, COMPLAINANT_FIELDS,
            CITIZEN_FIELDS).flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

    /** Whether a variable or form field of this name carries personal data. */
    public static boolean personal(String name) {
        return name != null && ALL.contains(name);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        // after init: wraps whatever the engine composed (its database handler, VariableHistory's)
        configuration.setHistoryEventHandler(new WithoutPersonalData(configuration.getHistoryEventHandler()));
    }

    /** Passes every history event on, except a personal variable's or form field's. */
    static final class WithoutPersonalData implements HistoryEventHandler {

        private final HistoryEventHandler next;

        WithoutPersonalData(HistoryEventHandler next) {
            this.next = next;
        }

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!personal(event)) {
                next.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            List<HistoryEvent> kept = events.stream().filter(event -> !personal(event)).toList();
            if (!kept.isEmpty()) {
                next.handleEvents(kept);
            }
        }

        private static boolean personal(HistoryEvent event) {
            if (event instanceof HistoricVariableUpdateEventEntity variable) {
                return PersonalDataHistory.personal(variable.getVariableName());
            }
            if (event instanceof HistoricFormPropertyEventEntity field) {
                return PersonalDataHistory.personal(field.getPropertyId());
            }
            return false;
        }
    }
}
