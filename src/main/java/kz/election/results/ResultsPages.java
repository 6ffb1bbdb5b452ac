package kz.election.results;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.election.audit.ChainHeads;
import kz.election.notification.MailLanguage;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the public pages from {@code templates/results/*.html} and the bundles
 * {@code results/messages_{kk,ru,en}.properties}. Like the mails it owns its template engine and
 * message source, so neither Boot's web template settings nor the mail bundles can change a page.
 */
@Component
public class ResultsPages {

    public static final String BUNDLE = "results/messages";

    private final MessageSource messages;
    private final SpringTemplateEngine engine;
    private final ChainHeads chainHeads;

    public ResultsPages(ChainHeads chainHeads) {
        this.chainHeads = chainHeads;
        this.messages = bundles();
        this.engine = new SpringTemplateEngine();
        engine.setTemplateEngineMessageSource(messages);
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/results/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    /** {@code /results}: every election. */
    public String list(List<ElectionListing> elections, MailLanguage language) {
        return render("list", language, "/results", Map.of("elections", elections));
    }

    /** {@code /results/{number}}: one election. */
    public String election(ResultsView view, MailLanguage language) {
        Map<String, Object> model = new HashMap<>();
        model.put("v", view);
        model.put("chart", view.totals() == null ? null : BarChart.of(view.totals()));
        // the page reloads itself while figures can still change, so people watching the count see it move
        model.put("refresh", view.preliminary() && view.ballotFixed());
        // the signed head of the protocol chain, for observers to keep (issue 16, point 7)
        model.put("chainHead", chainHeads.signedHead(view.electionNumber()));
        return render("election", language, "/results/" + view.electionNumber(), model);
    }

    /** The page for an election number that does not exist. */
    public String notFound(String electionNumber, MailLanguage language) {
        return render("not-found", language, "/results", Map.of("number", electionNumber));
    }

    private String render(String template, MailLanguage language, String path, Map<String, Object> model) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("fmt", new ResultsFormat(language));
        variables.put("labels", new Labels(messages, language));
        variables.put("lang", language.code());
        variables.put("path", path);
        variables.put("languages", List.of(MailLanguage.KK, MailLanguage.RU, MailLanguage.EN));
        return engine.process(template, new Context(language.locale(), variables));
    }

    private static MessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename(BUNDLE);
        source.setDefaultEncoding("UTF-8");
        // kk, ru and en each stand alone: a missing key shows (and fails ResultsMessagesTest), it never borrows
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return source;
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
        return Set.of("list", "election", "not-found");
    }
}
