package kz.election.noconfidence.process;

import kz.election.model.NoConfidenceModel.Elements;
import kz.election.noconfidence.MotionMails;
import kz.election.notification.MailStep;
import org.springframework.stereotype.Component;

/** Tells the akim the motion was initiated (after it was found admissible). */
@Component(Elements.MAIL_MOTION_INITIATED)
class MailMotionInitiated extends AkimMailStep {

    MailMotionInitiated(MotionMails mails, MailStep step) {
        super(step, mails::initiated);
    }
}
