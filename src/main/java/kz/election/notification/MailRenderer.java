package kz.election.notification;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a mail from {@code mail/html/<key>.html}, {@code mail/text/<key>.txt} and the bundles
 * {@code mail/messages_<lang>.properties}. It owns its template engine rather than sharing Boot's,
 * so the web pages' settings (prefix, cache, dialects) and the mails' never affect each other.
 */
@Component
public class MailRenderer {

    /** Variables every template gets; a request's model may not use these names. */
    public static final Set<String> RESERVED_VARIABLES = Set.of("fmt", "recipientName", "baseUrl", "businessKey");

    private final MessageSource messages;
    private final SpringTemplateEngine engine;
    private final MailSettings settings;

    public MailRenderer(MailSettings settings) {
        this.settings = settings;
        this.messages = bundles();
        this.engine = new SpringTemplateEngine();
        engine.setTemplateEngineMessageSource(messages);
        engine.addTemplateResolver(resolver("html/*", TemplateMode.HTML, 1));
        engine.addTemplateResolver(resolver("text/*", TemplateMode.TEXT, 2));
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
        Context context = new Context(language.locale(), variables);

        Object[] subjectArgs = kind.subjectVariables().stream().map(name -> format.any(model.get(name))).toArray();
        String subject = messages.getMessage(kind.key() + ".subject", subjectArgs, language.locale());
        String html = engine.process("html/" + kind.key(), context);
        String text = engine.process("text/" + kind.key(), context);
        return new RenderedMail(subject, html, text);
    }

    private static MessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("mail/messages");
        source.setDefaultEncoding("UTF-8");
        // kk, ru and en each stand alone: a missing key must show, not borrow the server's language
        source.setFallbackToSystemLocale(false);
        // one quoting rule for every message ('' for an apostrophe), with or without arguments
        source.setAlwaysUseMessageFormat(true);
        return source;
    }

    private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setSuffix(mode == TemplateMode.HTML ? ".html" : ".txt");
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setOrder(order);
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        return resolver;
    }
}
