package kz.election;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What every {@link ElectionTest} needs around each test: empty mailboxes on the shared SMTP server
 * before it, and the engine's real clock after it (a test may set the clock in its own
 * {@code @BeforeEach}, so the reset comes after, never before). Tests read the mail through
 * {@link TestSmtp#server()}.
 */
class ElectionTestExtension implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        TestSmtp.freshMailboxes();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ClockUtil.reset();
    }

}
