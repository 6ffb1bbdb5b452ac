package kz.election.demo;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import kz.election.common.ElectionTime;
import kz.election.i18n.StaffLanguages;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /demo/mail} (demo profile only): every mail the application sent to the demo's mail catcher, a list and
 * one mail at a time, for anyone signed in to the webapps (Tasklist, Cockpit or Admin) in this browser. The
 * plain-text part is shown as text, never a mail's HTML, so a mail cannot run anything in the page. The page's
 * words are kk, ru or en ({@code ?lang=}, else the browser's language).
 */
@Controller
@Profile("demo")
class DemoMailController {

    // the catcher holds the mails of every election: the country's zone
    private static final DateTimeFormatter SENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ElectionTime.COUNTRY);

    private final DemoMailCatcher catcher;

    DemoMailController(DemoMailCatcher catcher) {
        this.catcher = catcher;
    }

    /** One line of the list. */
    record Listed(int number, String sent, String to, String subject) {
    }

    /** One mail as the page shows it. */
    record Shown(int number, String sent, String from, String to, String subject, String text) {
    }

    @GetMapping("/demo/mail")
    String list(@RequestParam(required = false) String lang,
                @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage,
                HttpServletRequest request, HttpServletResponse response, Model model) throws Exception {
        if (!mayRead(lang, acceptLanguage, request, response, model)) {
            return "demo/sign-in";
        }
        List<MimeMessage> mails = catcher.mails();
        List<Listed> listed = new ArrayList<>();
        // newest first: what a newcomer just caused is on top
        for (int number = mails.size(); number >= 1; number--) {
            MimeMessage mail = mails.get(number - 1);
            listed.add(new Listed(number, sent(mail), recipients(mail), mail.getSubject()));
        }
        model.addAttribute("mails", listed);
        return "demo/mail-list";
    }

    @GetMapping("/demo/mail/{number}")
    String one(@PathVariable int number, @RequestParam(required = false) String lang,
               @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage,
               HttpServletRequest request, HttpServletResponse response, Model model) throws Exception {
        if (!mayRead(lang, acceptLanguage, request, response, model)) {
            return "demo/sign-in";
        }
        List<MimeMessage> mails = catcher.mails();
        if (number < 1 || number > mails.size()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "demo/no-such-mail";
        }
        MimeMessage mail = mails.get(number - 1);
        model.addAttribute("mail", new Shown(number, sent(mail), Arrays.stream(mail.getFrom()).map(Object::toString)
                .collect(Collectors.joining(", ")), recipients(mail), mail.getSubject(), text(mail)));
        return "demo/mail";
    }

    /** Puts the page's words in the model; whether the visitor may read the mail (else 401, asked to sign in). */
    private static boolean mayRead(String lang, String acceptLanguage, HttpServletRequest request,
                                   HttpServletResponse response, Model model) {
        words(model, language(lang, acceptLanguage));
        if (signedIn(request)) {
            return true;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        return false;
    }

    /** Signed in to Camunda's webapps in this session (the login form of Tasklist, Cockpit or Admin). */
    private static boolean signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return false;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        return authentications != null && !authentications.getAuthentications().isEmpty();
    }

    private static String language(String lang, String acceptLanguage) {
        if (lang != null && List.of("kk", "ru", "en").contains(lang)) {
            return lang;
        }
        return StaffLanguages.fromAcceptLanguage(acceptLanguage);
    }

    private static void words(Model model, String language) {
        ResourceBundle bundle = ResourceBundle.getBundle("demo/messages", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> words = bundle.keySet().stream().collect(Collectors.toMap(key -> key, bundle::getString));
        model.addAttribute("words", words);
        model.addAttribute("lang", language);
    }

    private static String sent(MimeMessage mail) throws Exception {
        return mail.getSentDate() == null ? "" : SENT.format(mail.getSentDate().toInstant().atOffset(ZoneOffset.UTC));
    }

    private static String recipients(MimeMessage mail) throws Exception {
        return mail.getAllRecipients() == null ? "" : Arrays.stream(mail.getAllRecipients())
                .map(address -> address instanceof InternetAddress internet ? internet.toUnicodeString() : address.toString())
                .collect(Collectors.joining(", "));
    }

    /** The first text/plain part: what every mail of the application carries beside its HTML. */
    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int index = 0; index < parts.getCount(); index++) {
                BodyPart child = parts.getBodyPart(index);
                String text = text(child);
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }
}
