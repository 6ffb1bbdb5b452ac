package kz.election.noconfidence.process;

import kz.election.model.NoConfidenceModel.Elements;
import kz.election.noconfidence.MotionMails;
import kz.election.notification.MailStep;
import org.springframework.stereotype.Component;

/** Tells the akim the motion is inadmissible, and why. */
@Component(Elements.MAIL_MOTION_INADMISSIBLE)
class MailMotionInadmissible extends AkimMailStep {

    MailMotionInadmissible(MotionMails mails, MailStep step) {
        super(step, mails::inadmissible);
    }
}
