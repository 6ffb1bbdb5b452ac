package kz.election.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultDeploymentConfiguration;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Names each deployed resource by its place in the project ({@code bpmn/precinct-count.bpmn}), not by
 * where the classes lie on disk. The starter names a file resource by its absolute path and a resource
 * inside the fat jar by its bare file name, so two nodes installed in different folders (or a test and
 * the jar) would each see "changed" resources and deploy again; with stable names every node and every
 * restart agrees on one deployment.
 */
@Component
class StableDeploymentNames extends DefaultDeploymentConfiguration {

    private static final Pattern PROJECT_FOLDER = Pattern.compile(".*/((?:bpmn|forms|dmn)/.+)$");

    @Override
    public Set<Resource> getDeploymentResources() {
        Set<Resource> named = new LinkedHashSet<>();
        for (Resource resource : super.getDeploymentResources()) {
            named.add(new Named(resource, nameOf(resource)));
        }
        return named;
    }

    static String nameOf(Resource resource) {
        try {
            Matcher folder = PROJECT_FOLDER.matcher(resource.getURL().toString());
            return folder.matches() ? folder.group(1) : resource.getFilename();
        } catch (IOException e) {
            return resource.getFilename();
        }
    }

    /** The starter takes a ContextResource's path within its context as the deployment name. */
    private static final class Named extends AbstractResource implements ContextResource {

        private final Resource resource;
        private final String name;

        Named(Resource resource, String name) {
            this.resource = resource;
            this.name = name;
        }

        @Override
        public String getPathWithinContext() {
            return name;
        }

        @Override
        public String getFilename() {
            return resource.getFilename();
        }

        @Override
        public String getDescription() {
            return name + " (" + resource.getDescription() + ")";
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return resource.getInputStream();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Named named && named.name.equals(name);
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }
    }
}
