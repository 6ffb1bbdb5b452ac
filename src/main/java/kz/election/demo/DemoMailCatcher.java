package kz.election.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo profile's own mail server: an SMTP server (GreenMail) inside the application, on a free loopback
 * port, that every mail the application sends goes to and stays in (in memory), so that a first run mails
 * candidates, complainants and staff without any mail server installed, and {@code /demo/mail} shows what was
 * sent. Outside the demo profile it does not exist ({@link DemoMailConfiguration}).
 */
public class DemoMailCatcher {

    private static final Logger LOG = LoggerFactory.getLogger(DemoMailCatcher.class);

    private final int port = freeLoopbackPort();
    private final GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    void start() {
        server.start();
        LOG.info("Demo profile: mail goes to the built-in mail catcher on 127.0.0.1:{}; read it at /demo/mail", port);
    }

    void stop() {
        server.stop();
    }

    int port() {
        return port;
    }

    /** Every mail received since the application started, oldest first. */
    List<MimeMessage> mails() {
        return List.of(server.getReceivedMessages());
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
