package kz.election.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where warnings for the territorial commission go (escalations of undecided nominations, of counts,
 * complaints and motions): every part's mails share it.
 *
 * @param address  the commission's shared mailbox
 * @param language the language of its mails: kk, ru or en
 */
@ConfigurationProperties("election.candidates.commission-mail")
public record CommissionMail(String address, String name, String language) {
}
