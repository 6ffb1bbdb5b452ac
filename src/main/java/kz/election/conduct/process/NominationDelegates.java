package kz.election.conduct.process;

import kz.election.conduct.ElectionProgress;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of election.bpmn around nomination and registration; each calls one method of {@link ElectionProgress}. */
@Configuration(proxyBeanMethods = false)
class NominationDelegates {

    /** How many nominees stand at the (possibly extended) close, and what follows. */
    @Bean
    JavaDelegate countNominees(ElectionProgress progress) {
        return execution -> {
            ElectionProgress.NominationCount count = progress.countNominees(ElectionVariables.electionNumber(execution));
            execution.setVariable(ElectionVariables.STANDING_NOMINEES, count.standing());
            execution.setVariable(ElectionVariables.NOMINATION_ROUTE, count.route().name());
        };
    }

    /** Nomination extended by the ruleset's days: the calendar gets nominationExtendedUntil. */
    @Bean
    JavaDelegate extendNomination(ElectionProgress progress) {
        return execution -> progress.extendNomination(ElectionVariables.electionNumber(execution));
    }

    /** How many candidates are registered at the registration close, and what follows. */
    @Bean
    JavaDelegate countRegistered(ElectionProgress progress) {
        return execution -> {
            ElectionProgress.RegistrationCount count = progress.countRegistered(ElectionVariables.electionNumber(execution));
            execution.setVariable(ElectionVariables.REGISTERED_CANDIDATES, count.registered());
            execution.setVariable(ElectionVariables.REGISTRATION_ROUTE, count.route().name());
        };
    }

    /** The ballot: registered candidates in registration order (and "against all"). */
    @Bean
    JavaDelegate fixBallot(ElectionProgress progress) {
        return execution -> progress.fixBallot(ElectionVariables.electionNumber(execution));
    }
}
