package kz.election.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import kz.election.ElectionTest;
import kz.election.ballot.BallotService;
import kz.election.complaint.ComplaintReview;
import kz.election.complaint.ComplaintService;
import kz.election.conduct.ElectionCalls;
import kz.election.conduct.ElectionResults;
import kz.election.election.ElectionService;
import kz.election.election.ResultVersion;
import kz.election.notification.MailSettings;
import kz.election.precinct.ProtocolService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code /results/feed.atom} over HTTP, read back with ROME: per oblast, one entry per published result
 * version (the publication and the revision on a complaint), newest first; an established result no one has
 * published never appears, nor another oblast's elections.
 */
@ElectionTest
class ResultsFeedTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ElectionService elections;
    @Autowired
    BallotService ballots;
    @Autowired
    ProtocolService protocols;
    @Autowired
    ElectionResults results;
    @Autowired
    ElectionCalls calls;
    @Autowired
    ComplaintService complaints;
    @Autowired
    ComplaintReview review;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MailSettings mail;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void eachOblastsFeedAnnouncesItsPublicationsAndRevisionsOnly() throws Exception {
        ResultsFixtures fixtures = new ResultsFixtures(elections, ballots, protocols);
        TestRegister register = new TestRegister(jdbc);
        String oblastA = register.oblast("Лента");
        String ruralA = register.ruralDistrict(register.district(oblastA, "Жаңалық"), "Хабар");
        String oblastB = register.oblast("Басқа");
        String ruralB = register.ruralDistrict(register.district(oblastB, "Шет"), "Алыс");

        PublishedStory revised = PublishedStory.run(fixtures, calls, results, complaints, review, runtimeService);
        register.place(revised.number, ruralA);
        String unpublished = counted(fixtures);
        results.establish(unpublished, 1, false, null, "tec-chair", null);
        register.place(unpublished, ruralA);
        String elsewhere = counted(fixtures);
        results.establish(elsewhere, 1, false, null, "tec-chair", null);
        ResultVersion published = results.publish(elsewhere, 1, "tec-secretary", null);
        register.place(elsewhere, ruralB);

        HttpResponse<String> answer = get("/results/feed.atom?lang=ru&oblast=" + oblastA);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/atom+xml;charset=UTF-8");
        assertThat(answer.headers().firstValue("Content-Language")).hasValue("ru");
        Feed feedA = parse(answer.body());

        assertThat(feedA.getTitle()).isEqualTo("Выборы акимов: опубликованные итоги, Лента область");
        List<Entry> storyEntries = feedA.getEntries().stream()
                .filter(e -> e.getId().endsWith(":results/" + revised.number + "/2")
                        || e.getId().endsWith(":results/" + revised.number + "/1"))
                .toList();
        assertThat(storyEntries).extracting(Entry::getId).as("the revision first, then the publication")
                .satisfiesExactly(
                        id -> assertThat(id).startsWith("tag:" + URI.create(mail.baseUrl()).getHost() + ",")
                                .endsWith(":results/" + revised.number + "/2"),
                        id -> assertThat(id).endsWith(":results/" + revised.number + "/1"));
        Entry revision = storyEntries.get(0);
        assertThat(revision.getTitle()).contains(revised.number, "Хабар сельский округ", "версия 2",
                "по жалобе " + revised.annulment);
        assertThat(storyEntries.get(1).getTitle()).contains("итоги опубликованы, версия 1");
        assertThat(revision.getSummary().getValue()).contains("Избран(а): Aigerim Sadykova");
        assertThat(revision.getAlternateLinks()).extracting(Link::getHref)
                .containsExactly(mail.baseUrl() + "/results/" + revised.number + "?lang=ru");
        assertThat(revision.getOtherLinks()).extracting(Link::getHref)
                .contains(mail.baseUrl() + "/results/" + revised.number + "/nist-1500-100.json?lang=ru",
                        mail.baseUrl() + "/results/" + revised.number + ".json?lang=ru");
        // updated is the publication of that version, as the election's own data says (Atom to the second)
        String publishedAt = JSON.readTree(get("/results/" + revised.number + ".json").body())
                .at("/revisions/1/publishedAt").asText();
        assertThat(revision.getUpdated().toInstant())
                .isEqualTo(OffsetDateTime.parse(publishedAt).toInstant().truncatedTo(ChronoUnit.SECONDS));
        assertThat(feedA.getEntries()).extracting(Entry::getId)
                .noneMatch(id -> id.contains(":results/" + unpublished + "/"))
                .noneMatch(id -> id.contains(":results/" + elsewhere + "/"));
        assertNewestFirst(feedA);

        Feed feedB = parse(get("/results/feed.atom?lang=en&oblast=" + oblastB).body());
        assertThat(feedB.getEntries()).extracting(Entry::getId)
                .containsExactly("tag:" + URI.create(mail.baseUrl()).getHost() + ","
                        + published.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate()
                        + ":results/" + elsewhere + "/1");
        assertThat(feedB.getEntries().get(0).getTitle()).contains("result published, version 1");
    }

    @Test
    void theWholeCountrysFeedIsBoundedAndNewestFirst() throws Exception {
        HttpResponse<String> answer = get("/results/feed.atom");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Language")).hasValue("en");
        Feed feed = parse(answer.body());
        assertThat(feed.getTitle()).isEqualTo("Akim elections: published results");
        assertThat(feed.getEntries()).hasSizeLessThanOrEqualTo(ResultsFeed.ENTRIES);
        assertNewestFirst(feed);
    }

    @Test
    void aCodeThatIsNoOblastIsA400NamingTheParameter() throws Exception {
        HttpResponse<String> answer = get("/results/feed.atom?oblast=" + TestRegister.unused());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(answer.body()).at("/errors/0/field").asText()).isEqualTo("oblast");
    }

    /** An election of two counted precincts whose result is tabulated, nothing established. */
    private String counted(ResultsFixtures fixtures) {
        String number = fixtures.announce("Feed district", 2);
        fixtures.fixBallot(number);
        fixtures.count(number, 1);
        fixtures.count(number, 2);
        results.tabulate(number, "count of every precinct");
        return number;
    }

    private static void assertNewestFirst(Feed feed) {
        assertThat(feed.getEntries()).extracting(e -> e.getUpdated().toInstant())
                .isSortedAccordingTo(Comparator.reverseOrder());
    }

    private static Feed parse(String xml) throws Exception {
        return (Feed) new WireFeedInput().build(new StringReader(xml));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
