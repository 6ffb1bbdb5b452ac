package kz.election.noconfidence.process;

import kz.election.model.NoConfidenceModel.Elements;
import kz.election.noconfidence.MotionMails;
import kz.election.notification.MailStep;
import org.springframework.stereotype.Component;

/** Tells the akim what the President or the higher akim decided. */
@Component(Elements.MAIL_DISMISSAL_DECISION)
class MailDismissalDecision extends AkimMailStep {

    MailDismissalDecision(MotionMails mails, MailStep step) {
        super(step, mails::decided);
    }
}
