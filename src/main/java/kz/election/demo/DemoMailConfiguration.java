package kz.election.demo;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** In the demo profile only: the mail catcher, and the application's mail sender pointed at it. */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoMailConfiguration {

    @Bean(initMethod = "start", destroyMethod = "stop")
    DemoMailCatcher demoMailCatcher() {
        return new DemoMailCatcher();
    }

    /** Whatever {@code spring.mail} says, the demo's mail goes to its catcher (no credentials, loopback). */
    @Bean
    static BeanPostProcessor mailToTheDemoCatcher(ObjectProvider<DemoMailCatcher> catcher) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof JavaMailSenderImpl sender) {
                    sender.setHost("127.0.0.1");
                    sender.setPort(catcher.getObject().port());
                    sender.setUsername(null);
                    sender.setPassword(null);
                }
                return bean;
            }
        };
    }
}
