package kz.election.commission;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.BiFunction;
import kz.election.common.BeforeServing;
import kz.election.common.FieldViolation;
import kz.election.common.InvalidInputException;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Imports the configured register files at every start, as the system, after the users exist (the demo
 * users, the first administrator: the members file names them). Importing an unchanged file again
 * changes nothing; a file with a wrong line stops the start, naming every such line.
 */
@Component
class RegisterFilesAtStart {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterFilesAtStart.class);

    private final RegisterFiles files;
    private final RegisterImports imports;
    private final ResourceLoader resources;
    private final IdentityService identityService;

    RegisterFilesAtStart(RegisterFiles files, RegisterImports imports, ResourceLoader resources,
                         IdentityService identityService) {
        this.files = files;
        this.imports = imports;
        this.resources = resources;
        this.identityService = identityService;
    }

    /** After AccessSetup (1), TasklistFilters (2), DemoUsers (3) and FirstAdministrator (4). */
    @EventListener(BeforeServing.class)
    @Order(5)
    public void importConfiguredFiles() {
        load("election.registers.territories", files.territories(),
                (content, source) -> imports.importTerritories(content, source, Importer.SYSTEM));
        load("election.registers.commissions", files.commissions(),
                (content, source) -> imports.importCommissions(content, source, Importer.SYSTEM));
        // no user is signed in at start: the engine reads every user
        load("election.registers.members", files.members(), (content, source) -> imports.importMembers(content,
                source, Importer.SYSTEM, userId -> identityService.createUserQuery().userId(userId).count() > 0));
    }

    private void load(String property, String location,
                      BiFunction<byte[], String, RegisterImports.Outcome> importer) {
        if (location == null || location.isBlank()) {
            return;
        }
        Resource resource = resources.getResource(location.strip());
        if (!resource.exists()) {
            throw new IllegalStateException(property + " names " + location + ", which does not exist");
        }
        byte[] content;
        try (InputStream in = resource.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(property + ": cannot read " + location, e);
        }
        try {
            RegisterImports.Outcome outcome = importer.apply(content, location.strip());
            LOG.info("Register file {} ({}): {} rows read, {} new or changed", location, property,
                    outcome.rowsRead(), outcome.changed());
        } catch (InvalidInputException | RegisterAccessException e) {
            StringBuilder message = new StringBuilder(property + " names " + location + ", which has wrong lines:");
            for (FieldViolation violation : e instanceof InvalidInputException invalid ? invalid.violations()
                    : ((RegisterAccessException) e).violations()) {
                message.append("\n  ").append(violation.field()).append(": ").append(violation.message());
            }
            throw new IllegalStateException(message.toString(), e);
        }
    }
}
