package kz.election;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * The SMTP server of the test run: one GreenMail on a port chosen before any Spring context starts,
 * given to the application and started with the one shared context (docs/STACK-NOTES.md pitfall 5).
 * Being part of every test context's configuration keeps all tests on ONE cached context and engine.
 * {@link ElectionTestExtension} empties its mailboxes before each test; a test reads them through
 * {@link #server()} (and may stop and start it to play an outage).
 */
public final class TestSmtp {

    public static final int PORT = freePort();

    private static final GreenMail SERVER = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private TestSmtp() {
    }

    /** The running SMTP server whose mailboxes hold what the application sent during the current test. */
    public static GreenMail server() {
        return SERVER;
    }

    /** Before each test: the server runs (a failed outage test may have left it stopped) and holds no mail. */
    static void freshMailboxes() {
        if (!SERVER.isRunning()) {
            SERVER.start();
        }
        try {
            SERVER.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException("could not empty the test SMTP server's mailboxes", e);
        }
    }

    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testSmtp",
                    Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", PORT)));
            if (!SERVER.isRunning()) {
                SERVER.start();
            }
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent && SERVER.isRunning()) {
                    SERVER.stop();
                }
            });
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
