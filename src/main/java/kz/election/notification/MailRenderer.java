package kz.election.notification;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a mail from {@code mail/html/<key>.html}, {@code mail/text/<key>.txt} and the bundles
 * {@code mail/messages_<lang>.properties}, with an {@link OwnTemplateEngine}. Each HTML template holds
 * only its own prose and puts it into {@code html/layout.html}; the text ones end with {@code text/closing.txt}.
 * A mail's table of facts is no template's: {@link MailFacts} makes its lines from the model, and
 * {@code html/layout.html} ({@code facts}) and {@code text/facts.txt} show them.
 */
@Component
public class MailRenderer {

    /** Variables every template gets; a request's model may not use these names. */
    public static final Set<String> RESERVED_VARIABLES = Set.of("fmt", "recipientName", "baseUrl", "businessKey",
            "facts");

    private final MessageSource messages;
    private final SpringTemplateEngine engine;
    private final MailSettings settings;

    public MailRenderer(MailSettings settings) {
        this.settings = settings;
        this.messages = OwnTemplateEngine.bundles("mail/messages");
        this.engine = OwnTemplateEngine.of(messages,
                resolver("html/*", ".html", TemplateMode.HTML, 1), resolver("text/*", ".txt", TemplateMode.TEXT, 2));
    }

    public RenderedMail render(MailKind kind, MailLanguage language, String recipientName, String businessKey,
                               Map<String, Object> model) {
        MailFormat format = new MailFormat(language.formatLocale());
        Map<String, Object> variables = new HashMap<>();
        // templates compare choices as strings; an enum from the domain (Outcome.Kind) becomes its name
        model.forEach((name, value) -> variables.put(name, value instanceof Enum<?> e ? e.name() : value));
        variables.put("fmt", format);
        variables.put("recipientName", recipientName);
        variables.put("baseUrl", settings.baseUrl());
        variables.put("businessKey", businessKey);
        variables.put("facts", MailFacts.of(kind, variables, format, messages, language.locale()));
        Context context = new Context(language.locale(), variables);

        Object[] subjectArgs = kind.subjectVariables().stream().map(name -> format.any(model.get(name))).toArray();
        String subject = messages.getMessage(kind.key() + ".subject", subjectArgs, language.locale());
        String html = engine.process("html/" + kind.key(), context);
        String text = engine.process("text/" + kind.key(), context);
        return new RenderedMail(subject, html, text);
    }

    private static ClassLoaderTemplateResolver resolver(String pattern, String suffix, TemplateMode mode, int order) {
        ClassLoaderTemplateResolver resolver = OwnTemplateEngine.resolver("mail/", suffix, mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setOrder(order);
        return resolver;
    }
}
