package kz.election.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The servlet filters that guard the doors before anything else runs (issue 16): cookies are marked
 * Secure over TLS. All run before Spring Security (order -100) and Camunda's webapp filters.
 */
@Configuration(proxyBeanMethods = false)
class TrustBoundaries {

    @Bean
    FilterRegistrationBean<SecureCookies> secureCookies() {
        FilterRegistrationBean<SecureCookies> registration = new FilterRegistrationBean<>(new SecureCookies());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
