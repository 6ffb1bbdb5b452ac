package kz.election.results;

import kz.election.notification.MailLanguage;
import kz.election.notification.OwnTemplateEngine;
import org.springframework.context.MessageSource;

/** The public pages' texts ({@link ResultsPages#BUNDLE}) for what is not a page: the open data and the feed. */
public final class ResultsTexts {

    private final MessageSource messages = OwnTemplateEngine.bundles(ResultsPages.BUNDLE);

    public String text(String key, MailLanguage language, Object... arguments) {
        return messages.getMessage(key, arguments, language.locale());
    }
}
