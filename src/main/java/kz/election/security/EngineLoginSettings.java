package kz.election.security;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The engine's side of passwords and administrators.
 *
 * <ul>
 * <li>Every new password (Admin, /engine-rest, demo users, the first administrator) passes a policy:
 * at least {@code election.security.password-min-length} characters (15, as NIST SP 800-63B asks of a
 * password that is the only factor). Length and no composition rules, as NIST advises; the rule is
 * Camunda's own, so Admin explains it in every language it speaks. Camunda's rule against the user's
 * names in the password is left out: it refuses any password holding a short first name as a part
 * (the test users' "Test" in the suite's shared password), and length is what protects.
 * <li>Members of the {@code admins} role are the engine's administrators like {@code camunda-admin}:
 * unlocking a user ({@code IdentityService#unlockUser}) and the other administrator-only operations check
 * the engine's admin groups, not grants.
 * </ul>
 */
@Component
class EngineLoginSettings extends AbstractProcessEnginePlugin {

    private final int passwordMinLength;

    EngineLoginSettings(@Value("${election.security.password-min-length:15}") int passwordMinLength) {
        this.passwordMinLength = passwordMinLength;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnablePasswordPolicy(true);
        configuration.setPasswordPolicy(new ElectionPasswordPolicy(passwordMinLength));
        List<String> adminGroups = new ArrayList<>(configuration.getAdminGroups() == null ? List.of()
                : configuration.getAdminGroups());
        if (!adminGroups.contains(Role.ADMINS.groupId())) {
            adminGroups.add(Role.ADMINS.groupId());
        }
        configuration.setAdminGroups(adminGroups);
    }

    /** The rules a password broke, in words for a log or an operator (Admin shows its own translations). */
    static String explain(PasswordPolicyResult result) {
        return result.getViolatedRules().stream().map(rule -> switch (rule.getPlaceholder()) {
            case PasswordPolicyLengthRuleImpl.PLACEHOLDER ->
                    "at least " + rule.getParameters().get("minLength") + " characters";
            default -> rule.getPlaceholder();
        }).collect(Collectors.joining("; "));
    }

    /** Length: what a person can remember as a phrase and a guesser cannot shortcut. */
    record ElectionPasswordPolicy(int minLength) implements PasswordPolicy {

        @Override
        public List<PasswordPolicyRule> getRules() {
            return List.of(new PasswordPolicyLengthRuleImpl(minLength));
        }
    }
}
