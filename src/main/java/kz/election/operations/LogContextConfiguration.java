package kz.election.operations;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link RequestLogContext} right after Spring Security's filters (order -100). */
@Configuration(proxyBeanMethods = false)
class LogContextConfiguration {

    @Bean
    FilterRegistrationBean<RequestLogContext> requestLogContext() {
        FilterRegistrationBean<RequestLogContext> registration = new FilterRegistrationBean<>(new RequestLogContext());
        registration.setOrder(-99);
        return registration;
    }
}
