package kz.election.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.identity.db.DbGroupQueryImpl;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.identity.db.DbTenantQueryImpl;
import org.camunda.bpm.engine.impl.identity.db.DbUserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TenantEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The staff directory shows names, not e-mail addresses. Every role reads the users (Tasklist names
 * assignees and candidates from them), so the rule sits where every door reads them: the engine's
 * identity session. {@code /engine-rest/user}, Tasklist's and Admin's {@code /camunda/api/engine/.../user}
 * and {@code /user/{id}/profile}, and any Java caller with a signed-in user get each user without the
 * address, unless the caller is an administrator ({@code admins}, {@code camunda-admin}) or the user
 * themselves (their own profile). A search by address answers the same way, so it cannot confirm whose
 * address it is. The engine's own work (no signed-in user: jobs, start-up) reads users as stored.
 *
 * <p>The same session adds what a user's seats on commissions make of them ({@link SeatIdentities}):
 * asked for a user's groups, it answers their stored roles and the commission groups their seats give;
 * asked for a user's tenants, the commissions whose elections they see. Every door asks it the same
 * way (the webapps at login, the REST doors per call), so every door scopes alike.
 */
@Component
public class StaffDirectory extends AbstractProcessEnginePlugin {

    static final List<String> ADMIN_GROUPS = List.of("admins", Groups.CAMUNDA_ADMIN);

    private final ObjectProvider<SeatIdentities> seats;

    StaffDirectory(ObjectProvider<SeatIdentities> seats) {
        this.seats = seats;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                // the engine serves both its read-only and its writable identity sessions from a writable type
                return WithoutOthersEmails.class;
            }

            @Override
            public Session openSession() {
                return new WithoutOthersEmails(seats.getIfAvailable());
            }
        });
    }

    /** The engine's database identity provider, less other people's e-mail addresses, plus what seats give. */
    public static class WithoutOthersEmails extends DbIdentityServiceProvider {

        private final SeatIdentities seats;

        public WithoutOthersEmails(SeatIdentities seats) {
            this.seats = seats;
        }

        @Override
        public List<Group> findGroupByQueryCriteria(DbGroupQueryImpl query) {
            List<Group> groups = super.findGroupByQueryCriteria(query);
            if (seats == null || !asksOnlyForMember(query)) {
                return groups;
            }
            List<Group> all = new ArrayList<>(groups);
            seats.groupsOf(query.getUserId(), groups.stream().map(Group::getId).toList()).forEach((id, name) -> {
                GroupEntity group = new GroupEntity(id);
                group.setName(name);
                group.setType("WORKFLOW");
                all.add(group);
            });
            return all;
        }

        @Override
        public long findGroupCountByQueryCriteria(DbGroupQueryImpl query) {
            return seats == null || !asksOnlyForMember(query) ? super.findGroupCountByQueryCriteria(query)
                    : findGroupByQueryCriteria(query).size();
        }

        @Override
        public List<Tenant> findTenantByQueryCriteria(DbTenantQueryImpl query) {
            List<Tenant> tenants = super.findTenantByQueryCriteria(query);
            if (seats == null || query.getUserId() == null || query.getId() != null || query.getIds() != null
                    || query.getName() != null || query.getNameLike() != null) {
                return tenants;
            }
            List<Tenant> all = new ArrayList<>(tenants);
            seats.tenantsOf(query.getUserId()).forEach((id, name) -> {
                if (tenants.stream().noneMatch(tenant -> tenant.getId().equals(id))) {
                    TenantEntity tenant = new TenantEntity(id);
                    tenant.setName(name);
                    all.add(tenant);
                }
            });
            return all;
        }

        @Override
        public long findTenantCountByQueryCriteria(DbTenantQueryImpl query) {
            return seats == null || query.getUserId() == null ? super.findTenantCountByQueryCriteria(query)
                    : findTenantByQueryCriteria(query).size();
        }

        private static boolean asksOnlyForMember(DbGroupQueryImpl query) {
            return query.getUserId() != null && query.getId() == null && query.getIds() == null
                    && query.getName() == null && query.getNameLike() == null && query.getType() == null
                    && query.getTenantId() == null;
        }

        @Override
        public List<User> findUserByQueryCriteria(DbUserQueryImpl query) {
            List<User> users = super.findUserByQueryCriteria(query);
            Authentication caller = caller();
            if (seesAllEmails(caller)) {
                return users;
            }
            if (searchesByEmail(query)) {
                users = users.stream().filter(user -> isCaller(user, caller)).toList();
            }
            return users.stream().map(user -> isCaller(user, caller) ? user : withoutEmail(user)).toList();
        }

        @Override
        public long findUserCountByQueryCriteria(DbUserQueryImpl query) {
            Authentication caller = caller();
            if (seesAllEmails(caller) || !searchesByEmail(query)) {
                return super.findUserCountByQueryCriteria(query);
            }
            return super.findUserByQueryCriteria(query).stream().filter(user -> isCaller(user, caller)).count();
        }

        @Override
        public List<User> findUserByNativeQuery(Map<String, Object> parameterMap, int firstResult, int maxResults) {
            List<User> users = super.findUserByNativeQuery(parameterMap, firstResult, maxResults);
            Authentication caller = caller();
            return seesAllEmails(caller) ? users
                    : users.stream().map(user -> isCaller(user, caller) ? user : withoutEmail(user)).toList();
        }

        private static Authentication caller() {
            CommandContext context = Context.getCommandContext();
            return context == null ? null : context.getAuthentication();
        }

        private static boolean seesAllEmails(Authentication caller) {
            return caller == null || caller.getGroupIds() != null
                    && caller.getGroupIds().stream().anyMatch(ADMIN_GROUPS::contains);
        }

        private static boolean isCaller(User user, Authentication caller) {
            return user.getId().equals(caller.getUserId());
        }

        private static boolean searchesByEmail(DbUserQueryImpl query) {
            return query.getEmail() != null || query.getEmailLike() != null;
        }

        // a copy: the loaded entity is in the session's cache, and a changed one would be written back
        private static User withoutEmail(User user) {
            if (!(user instanceof UserEntity stored)) {
                return user;
            }
            UserEntity copy = new UserEntity(stored.getId());
            copy.setRevision(stored.getRevision());
            copy.setFirstName(stored.getFirstName());
            copy.setLastName(stored.getLastName());
            copy.setDbPassword(stored.getPassword());
            copy.setSalt(stored.getSalt());
            copy.setLockExpirationTime(stored.getLockExpirationTime());
            copy.setAttempts(stored.getAttempts());
            return copy;
        }
    }
}
