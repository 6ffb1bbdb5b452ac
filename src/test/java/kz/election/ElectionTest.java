package kz.election;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real (embedded) PostgreSQL and a real port, with its real SMTP server
 * ({@link TestSmtp#server()}, emptied before each test) and the engine's clock reset after each test
 * ({@link ElectionTestExtension}). Every test class uses this one context: a second one would register
 * a second engine under the name "default" and Camunda's REST API and webapps would find the wrong one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestSmtp.Initializer.class)
@ExtendWith(ElectionTestExtension.class)
public @interface ElectionTest {

    /** The demo password of the test profile (application-test.yaml); not a secret of any real system. */
    String PASSWORD = "test-only-password";
}
