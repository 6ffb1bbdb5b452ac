package kz.election.results;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.election.audit.ChainHeads;
import kz.election.notification.MailLanguage;
import kz.election.notification.OwnTemplateEngine;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Renders the public pages from {@code templates/results/*.html} and the bundles
 * {@code results/messages_{kk,ru,en}.properties}, with an {@link OwnTemplateEngine} as the mails have.
 */
@Component
public class ResultsPages {

    public static final String BUNDLE = "results/messages";

    private final MessageSource messages;
    private final SpringTemplateEngine engine;
    private final ChainHeads chainHeads;

    public ResultsPages(ChainHeads chainHeads) {
        this.chainHeads = chainHeads;
        // a missing key shows (and fails ResultsMessagesTest), it never borrows another language
        this.messages = OwnTemplateEngine.bundles(BUNDLE);
        this.engine = OwnTemplateEngine.of(messages,
                OwnTemplateEngine.resolver("templates/results/", ".html", TemplateMode.HTML));
    }

    /** {@code /results}: the elections the filter admits, and the filter's form. */
    public String list(List<ElectionListing> elections, TerritoryChoices choices, TerritoryFilter filter,
                       MailLanguage language) {
        return render("list", language, "/results", filter.query(),
                Map.of("elections", elections, "choices", choices, "filter", filter));
    }

    /**
     * {@code /results} with a filter that names no oblast or district of the register: the parameter and
     * its value, and the form again to choose from.
     */
    public String badFilter(String parameter, String value, TerritoryChoices choices, MailLanguage language) {
        return render("bad-filter", language, "/results", "", Map.of("parameter", parameter, "value", value,
                "choices", choices, "filter", TerritoryFilter.NONE));
    }

    /** {@code /results/{number}}: one election. */
    public String election(ResultsView view, MailLanguage language) {
        Map<String, Object> model = new HashMap<>();
        model.put("v", view);
        model.put("chart", view.totals() == null ? null : BarChart.of(view.totals()));
        // the page reloads itself while figures can still change, so people watching the count see it move
        model.put("refresh", view.preliminary() && view.ballotFixed());
        // the signed head of the protocol chain, for observers to keep
        model.put("chainHead", chainHeads.signedHead(view.electionNumber()));
        return render("election", language, "/results/" + view.electionNumber(), "", model);
    }

    /** The page for an election number that does not exist. */
    public String notFound(String electionNumber, MailLanguage language) {
        return render("not-found", language, "/results", "", Map.of("number", electionNumber));
    }

    /** @param query what the language switch's links carry after {@code ?lang=}: the list's filter */
    private String render(String template, MailLanguage language, String path, String query,
                          Map<String, Object> model) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("fmt", new ResultsFormat(language));
        variables.put("labels", new Labels(messages, language));
        variables.put("lang", language.code());
        variables.put("path", path);
        variables.put("query", query);
        variables.put("languages", List.of(MailLanguage.KK, MailLanguage.RU, MailLanguage.EN));
        return engine.process(template, new Context(language.locale(), variables));
    }

    /** Names of things stored in English (calendar steps) in the page's language, the stored name if none is known. */
    public record Labels(MessageSource messages, MailLanguage language) {

        /** Calendar keys the bundles name; a key added later shows its stored English name until translated. */
        public String calendar(CalendarLine line) {
            try {
                return messages.getMessage("calendar." + line.key(), null, language.locale());
            } catch (NoSuchMessageException unknown) {
                return line.name();
            }
        }

        /** The language's own name, as a switch shows it. */
        public String autonym(MailLanguage other) {
            return AUTONYMS.get(other);
        }

        private static final Map<MailLanguage, String> AUTONYMS =
                Map.of(MailLanguage.KK, "Қазақша", MailLanguage.RU, "Русский", MailLanguage.EN, "English");
    }

    static Set<String> templates() {
        return Set.of("list", "election", "not-found", "bad-filter");
    }
}
