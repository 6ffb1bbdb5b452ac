package kz.election.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Keeps the failure of the engine command a web request ran, on that request, for the door that cannot see it:
 * Tasklist's, Cockpit's and Admin's REST ({@code /camunda/api/engine}) is a JAX-RS application of Camunda's own
 * that maps every failure itself, so a form a step refused (the domain's InvalidInputException) reaches the
 * member as Camunda's 500. {@link WebappRestProblems} reads the failure kept here and answers it as
 * {@code /engine-rest} does ({@link EngineRestProblems#answerTo}). The last command of the request decides: a
 * command that succeeds forgets a failure an earlier (inner, caught) command left.
 */
final class FailedCommands extends CommandInterceptor {

    private static final String FAILURE = FailedCommands.class.getName() + ".failure";

    @Override
    public <T> T execute(Command<T> command) {
        try {
            T result = next.execute(command);
            current().ifPresent(request -> request.removeAttribute(FAILURE));
            return result;
        } catch (RuntimeException | Error failure) {
            current().ifPresent(request -> request.setAttribute(FAILURE, failure));
            throw failure;
        }
    }

    /** The failure of the last engine command {@code request} ran, if that command failed. */
    static Optional<Throwable> of(HttpServletRequest request) {
        return request.getAttribute(FAILURE) instanceof Throwable failure ? Optional.of(failure) : Optional.empty();
    }

    private static Optional<HttpServletRequest> current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }
}
