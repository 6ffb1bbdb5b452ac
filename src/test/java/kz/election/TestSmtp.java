package kz.election;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The SMTP port of the test run, chosen before any Spring context starts and given both to the
 * application and to the GreenMail server of the mail tests (docs/STACK-NOTES.md pitfall 5). Being part of
 * every test context's configuration keeps all tests on ONE cached context and engine.
 */
public final class TestSmtp {

    public static final int PORT = freePort();

    private TestSmtp() {
    }

    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testSmtp",
                    Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", PORT)));
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
