package kz.election.notification;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * A Thymeleaf engine and message bundles of one's own, as the mails and the public results pages each
 * have: Boot's web template settings (prefix, cache, dialects) and the other's bundles never change them.
 */
public final class OwnTemplateEngine {

    private OwnTemplateEngine() {
    }

    /** An engine whose {@code #{...}} read {@code messages} and whose templates the resolvers find. */
    public static SpringTemplateEngine of(MessageSource messages, ClassLoaderTemplateResolver... resolvers) {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateEngineMessageSource(messages);
        for (ClassLoaderTemplateResolver resolver : resolvers) {
            engine.addTemplateResolver(resolver);
        }
        return engine;
    }

    /** The bundles {@code <basename>_{kk,ru,en}.properties} in UTF-8. */
    public static MessageSource bundles(String basename) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename(basename);
        source.setDefaultEncoding("UTF-8");
        // kk, ru and en each stand alone: a missing key must show, not borrow the server's language
        source.setFallbackToSystemLocale(false);
        // one quoting rule for every message ('' for an apostrophe), with or without arguments
        source.setAlwaysUseMessageFormat(true);
        return source;
    }

    /** Templates {@code <prefix><name><suffix>} from the classpath, in UTF-8, read once. */
    public static ClassLoaderTemplateResolver resolver(String prefix, String suffix, TemplateMode mode) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(prefix);
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        return resolver;
    }
}
