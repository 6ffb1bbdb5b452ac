package kz.election.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Members of {@code admins} hold every permission, as Camunda's built-in {@code camunda-admin} does. */
@Component
class AdminGroupPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<String> adminGroups = configuration.getAdminGroups() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getAdminGroups());
        if (!adminGroups.contains(Role.ADMINS.groupId())) {
            adminGroups.add(Role.ADMINS.groupId());
        }
        configuration.setAdminGroups(adminGroups);
    }
}
