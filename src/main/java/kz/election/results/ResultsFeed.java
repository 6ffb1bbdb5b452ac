package kz.election.results;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import kz.election.notification.MailLanguage;

/**
 * The Atom feed (RFC 4287) of result publications and revisions, newest first, so the media can subscribe
 * to an oblast (or the whole country) instead of polling every election's page. ROME writes the XML.
 *
 * <p>Ids are tag: URIs (RFC 4151) that never change: the authority is the public address's host, the date
 * the day the version was published, then the election number and the version. An entry's updated time is
 * its publication (a published version never changes; a revision is a new entry).
 */
public final class ResultsFeed {

    /** How many entries a feed carries at most: a subscriber polls far more often than results are published. */
    public static final int ENTRIES = 50;

    private ResultsFeed() {
    }

    /**
     * @param items   the published versions, newest first, at most {@link #ENTRIES}
     * @param oblast  the oblast the feed is limited to, named in {@code language}; null for the whole country
     * @param query   the filter as query parameters ("" or {@code &oblast=...}), for the feed's own link
     * @param baseUrl where people reach the application (election.mail.base-url)
     * @param now     the feed's updated time when nothing is published yet
     */
    public static String render(List<FeedItem> items, TerritoryName oblast, String query, String baseUrl,
                                MailLanguage language, ResultsTexts texts, Instant now) {
        String host = URI.create(baseUrl).getHost();
        Feed feed = new Feed("atom_1.0");
        feed.setLanguage(language.code());
        feed.setId("tag:" + host + ",2026:results/feed" + (oblast == null ? "" : "/oblast/" + oblast.code()));
        feed.setTitle(oblast == null ? texts.text("feed.title", language)
                : texts.text("feed.titleOblast", language, oblast.name()));
        feed.setUpdated(Date.from(items.isEmpty() ? now : items.get(0).publishedAt()));
        Person issuer = new Person();
        issuer.setName(texts.text("site.title", language));
        issuer.setUri(baseUrl + "/results");
        feed.setAuthors(List.<SyndPerson>of(issuer));
        feed.setAlternateLinks(List.of(link("alternate", "text/html", baseUrl + "/results?lang=" + language.code()
                + query)));
        feed.setOtherLinks(List.of(link("self", "application/atom+xml", baseUrl + "/results/feed.atom?lang="
                + language.code() + query)));
        feed.setEntries(items.stream().map(item -> entry(item, host, baseUrl, language, texts)).toList());
        try {
            return new WireFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("the results feed cannot be written", e);
        }
    }

    private static Entry entry(FeedItem item, String host, String baseUrl, MailLanguage language,
                               ResultsTexts texts) {
        Entry entry = new Entry();
        entry.setId("tag:" + host + "," + item.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate() + ":results/"
                + item.electionNumber() + "/" + item.version());
        String complaint = ResultsAssembly.complaintIn(item.cause());
        entry.setTitle(!item.revision()
                ? texts.text("feed.published", language, item.electionNumber(), item.place(), item.version())
                : complaint != null
                ? texts.text("feed.revisedByComplaint", language, item.electionNumber(), item.place(), item.version(),
                complaint)
                : texts.text("feed.revised", language, item.electionNumber(), item.place(), item.version(),
                item.cause()));
        Date published = Date.from(item.publishedAt());
        entry.setPublished(published);
        entry.setUpdated(published);
        Content summary = new Content();
        summary.setType(Content.TEXT);
        String outcome = texts.text("countOutcome." + item.outcome(), language);
        summary.setValue(item.winnerName() == null ? outcome
                : outcome + ". " + texts.text("feed.winner", language, item.winnerName()));
        entry.setSummary(summary);
        String page = baseUrl + "/results/" + item.electionNumber();
        entry.setAlternateLinks(List.of(link("alternate", "text/html", page + "?lang=" + language.code())));
        entry.setOtherLinks(List.of(
                link("related", "application/json", page + ".json?lang=" + language.code()),
                link("related", "text/csv", page + ".csv?lang=" + language.code()),
                link("related", "application/json", page + "/nist-1500-100.json?lang=" + language.code())));
        return entry;
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }
}
