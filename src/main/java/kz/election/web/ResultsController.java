package kz.election.web;

import java.nio.charset.StandardCharsets;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import kz.election.common.InvalidInputException;
import kz.election.common.NotFoundException;
import kz.election.notification.MailLanguage;
import kz.election.results.OpenResults;
import kz.election.results.ResultsCsv;
import kz.election.results.ResultsLanguages;
import kz.election.results.ResultsPages;
import kz.election.results.ResultsReadModel;
import kz.election.results.ResultsView;
import kz.election.results.TerritoryChoices;
import kz.election.results.TerritoryFilter;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public results, without login (GET only): {@code /results} lists the elections,
 * {@code /results/{number}} shows one, and {@code .json} and {@code .csv} give the same
 * {@link ResultsView} as data. Pages and data speak kk, ru or en ({@code ?lang=} or Accept-Language): the
 * territories' names come from the register in that language. The list filters by
 * {@code ?oblast=} and {@code ?district=} (KATO codes); a code that is no oblast or district of the
 * register is a 400 page naming the parameter. An unknown election is a 404 page, or problem+json for
 * the data (ApiProblems). As open data, {@code /results/{number}/nist-1500-100.json} gives the same figures in
 * NIST's Election Results Common Data Format, and {@code /results/feed.atom} (with the list's filter; a bad
 * code is a 400 problem+json naming it) announces every published result version.
 */
@RestController
@RequestMapping("/results")
class ResultsController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType TEXT_HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
    static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);
    // short enough that a watcher sees a new protocol within seconds, long enough that a proxy can absorb a crowd
    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofSeconds(10)).cachePublic();

    private final ResultsReadModel results;
    private final ResultsPages pages;
    private final OpenResults open;

    ResultsController(ResultsReadModel results, ResultsPages pages, OpenResults open) {
        this.results = results;
        this.pages = pages;
        this.open = open;
    }

    @GetMapping
    ResponseEntity<String> list(@RequestParam(required = false) String lang,
                                @RequestParam(required = false) String oblast,
                                @RequestParam(required = false) String district,
                                @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept) {
        MailLanguage language = ResultsLanguages.resolve(lang, accept);
        TerritoryChoices choices = results.territoryChoices(language);
        TerritoryFilter filter;
        try {
            filter = choices.filter(oblast, district);
        } catch (InvalidInputException bad) {
            String parameter = bad.violations().get(0).field();
            return html(HttpStatus.BAD_REQUEST, language, pages.badFilter(parameter,
                    "oblast".equals(parameter) ? oblast : district, choices, language));
        }
        return html(HttpStatus.OK, language, pages.list(results.elections(choices, filter, language), choices, filter,
                language));
    }

    @GetMapping("/{number}")
    ResponseEntity<String> election(@PathVariable String number, @RequestParam(required = false) String lang,
                                    @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept) {
        MailLanguage language = ResultsLanguages.resolve(lang, accept);
        try {
            return html(HttpStatus.OK, language, pages.election(results.election(number, language), language));
        } catch (NotFoundException unknown) {
            return html(HttpStatus.NOT_FOUND, language, pages.notFound(number, language));
        }
    }

    @GetMapping("/{number}.json")
    ResponseEntity<ResultsView> json(@PathVariable String number, @RequestParam(required = false) String lang,
                                     @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                     String accept) {
        MailLanguage language = ResultsLanguages.resolve(lang, accept);
        return data(language).contentType(MediaType.APPLICATION_JSON).body(results.election(number, language));
    }

    @GetMapping("/{number}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String number, @RequestParam(required = false) String lang,
                               @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept) {
        MailLanguage language = ResultsLanguages.resolve(lang, accept);
        ResultsView view = results.election(number, language);
        return data(language).contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(number + ".csv").build().toString())
                .body(ResultsCsv.render(view));
    }

    @GetMapping("/{number}/nist-1500-100.json")
    ResponseEntity<JsonNode> nist(@PathVariable String number, @RequestParam(required = false) String lang,
                                  @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept) {
        MailLanguage language = ResultsLanguages.resolve(lang, accept);
        return data(language).contentType(MediaType.APPLICATION_JSON).body(open.nist(number, language));
    }

    @GetMapping("/feed.atom")
    ResponseEntity<String> feed(@RequestParam(required = false) String lang,
                                @RequestParam(required = false) String oblast,
                                @RequestParam(required = false) String district,
                                @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept) {
        MailLanguage language = ResultsLanguages.resolve(lang, accept);
        TerritoryChoices choices = results.territoryChoices(language);
        // a code that is no oblast or district of the register is an InvalidInputException: 400 naming it
        TerritoryFilter filter = choices.filter(oblast, district);
        return data(language).contentType(ATOM).body(open.feed(choices, filter, language));
    }

    /** The data name territories in the reader's language, so a cache keeps one copy per language. */
    private static ResponseEntity.BodyBuilder data(MailLanguage language) {
        return ResponseEntity.ok().cacheControl(CACHE).header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }

    private static ResponseEntity<String> html(HttpStatus status, MailLanguage language, String body) {
        return ResponseEntity.status(status).cacheControl(CACHE).contentType(TEXT_HTML)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .body(body);
    }
}
