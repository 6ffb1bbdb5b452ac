package kz.election.security;

import kz.election.commission.Registers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The servlet filters that guard the doors before anything else runs: cross-site requests are
 * refused first, cookies are marked Secure over TLS, and the webapps' login form is throttled like the
 * REST doors. All run before Spring Security (order -100) and Camunda's webapp filters.
 */
@Configuration(proxyBeanMethods = false)
class TrustBoundaries implements WebMvcConfigurer {

    private final ProblemSecurityHandler problems;
    private final JdbcClient jdbc;
    private final Registers registers;

    TrustBoundaries(ProblemSecurityHandler problems, JdbcClient jdbc, Registers registers) {
        this.problems = problems;
        this.jdbc = jdbc;
        this.registers = registers;
    }

    @Bean
    FilterRegistrationBean<CrossSiteRequests> crossSiteRequests() {
        FilterRegistrationBean<CrossSiteRequests> registration = new FilterRegistrationBean<>(new CrossSiteRequests(problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SecureCookies> secureCookies() {
        FilterRegistrationBean<SecureCookies> registration = new FilterRegistrationBean<>(new SecureCookies());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<WebappLoginThrottle> webappLoginThrottle(LoginGuard guard,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        FilterRegistrationBean<WebappLoginThrottle> registration =
                new FilterRegistrationBean<>(new WebappLoginThrottle(guard, problems, webappPath));
        registration.addUrlPatterns(webappPath + "/api/admin/auth/user/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new BodylessPostGuard(problems)).addPathPatterns("/api/**");
        registry.addInterceptor(new CommissionScopeGuard(jdbc, registers, problems)).addPathPatterns("/api/**");
    }
}
