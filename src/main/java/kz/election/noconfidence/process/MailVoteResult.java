package kz.election.noconfidence.process;

import kz.election.model.NoConfidenceModel.Elements;
import kz.election.noconfidence.MotionMails;
import kz.election.notification.MailStep;
import org.springframework.stereotype.Component;

/** Tells the akim how the maslikhat voted. */
@Component(Elements.MAIL_VOTE_RESULT)
class MailVoteResult extends AkimMailStep {

    MailVoteResult(MotionMails mails, MailStep step) {
        super(step, mails::voted);
    }
}
