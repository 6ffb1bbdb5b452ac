package kz.election.demo;

import static org.assertj.core.api.Assertions.assertThat;

import kz.election.ElectionTest;
import kz.election.TestSmtp;
import kz.election.reliability.TasklistSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Outside the demo profile there is no mail catcher and no /demo/mail: mail goes to the configured server. */
@ElectionTest
class DemoMailAbsentTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JavaMailSenderImpl sender;

    @Test
    void outsideTheDemoProfileNeitherTheCatcherNorItsPageExists() throws Exception {
        assertThat(context.getBeanNamesForType(DemoMailCatcher.class)).isEmpty();
        assertThat(context.getBeanNamesForType(DemoMailController.class)).isEmpty();
        assertThat(sender.getPort()).isEqualTo(TestSmtp.PORT);

        TasklistSession admin = new TasklistSession(port, "demo-admins");
        assertThat(admin.get("/demo/mail").statusCode()).isEqualTo(404);
        assertThat(admin.get("/demo/mail/1").statusCode()).isEqualTo(404);
    }
}
