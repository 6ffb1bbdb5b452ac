package kz.election.platform;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when no external PostgreSQL is configured through the standard Spring datasource URL. */
class NoExternalDatabaseCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
    }

    /** No external database and the embedded one allowed (the demo profile, the tests). */
    static class Embedded extends NoExternalDatabaseCondition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return super.matches(context, metadata) && embeddedAllowed(context);
        }
    }

    /** No external database and the embedded one not allowed: the start must fail, naming the setting. */
    static class Missing extends NoExternalDatabaseCondition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return super.matches(context, metadata) && !embeddedAllowed(context);
        }
    }

    private static boolean embeddedAllowed(ConditionContext context) {
        return context.getEnvironment().getProperty("election.embedded-postgres.enabled", Boolean.class, false);
    }
}
