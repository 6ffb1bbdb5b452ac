package kz.election.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import kz.election.ElectionTest;
import kz.election.TestSmtp;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The application on a real PostgreSQL with GreenMail as its SMTP server. The port is chosen before
 * anything starts and given to both (docs/STACK-NOTES.md pitfall 5); all tests share one Spring context.
 */
@ElectionTest
abstract class RealSmtp {

    static final int SMTP_PORT = TestSmtp.PORT;

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
}
