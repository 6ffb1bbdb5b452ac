package kz.election.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.election.ElectionTest;
import kz.election.ballot.BallotService;
import kz.election.election.ElectionService;
import kz.election.precinct.ProtocolService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public pages name territories from the register (KATO) in the reader's language and filter the
 * list by oblast and district, over HTTP without login. Two oblasts of their own per test: the first
 * with two districts and a rural district in each, the second with one; an election in each rural
 * district and one from before the register.
 */
@ElectionTest
class ResultsTerritoriesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ELECTION_ROW = Pattern.compile("data-election=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    ElectionService elections;
    @Autowired
    BallotService ballots;
    @Autowired
    ProtocolService protocols;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private TestRegister register;
    private String tag;
    private String oblast;
    private String district;
    private String otherDistrict;
    private String rural;
    private String otherOblast;
    private String otherOblastsDistrict;
    /** elections in rural districts of the first oblast's two districts, and in the second oblast */
    private String inRural;
    private String inOtherDistrict;
    private String inOtherOblast;
    private String beforeTheRegister;

    @BeforeEach
    void twoOblastsWithAnElectionInEachRuralDistrict() {
        register = new TestRegister(jdbc);
        tag = UUID.randomUUID().toString().substring(0, 6);
        oblast = register.oblast("Ақмола " + tag);
        district = register.district(oblast, "Целиноград " + tag);
        otherDistrict = register.district(oblast, "Шортанды " + tag);
        rural = register.ruralDistrict(district, "Қосшы " + tag);
        String otherRural = register.ruralDistrict(otherDistrict, "Новокубанка " + tag);
        otherOblast = register.oblast("Қарағанды " + tag);
        otherOblastsDistrict = register.district(otherOblast, "Бұқар жырау " + tag);
        String otherOblastsRural = register.ruralDistrict(otherOblastsDistrict, "Ботақара " + tag);

        ResultsFixtures fixtures = new ResultsFixtures(elections, ballots, protocols);
        inRural = fixtures.announce("Kosshy (stored name)", 1);
        inOtherDistrict = fixtures.announce("Novokubanka (stored name)", 1);
        inOtherOblast = fixtures.announce("Botakara (stored name)", 1);
        beforeTheRegister = fixtures.announce("Before the register", 1);
        register.place(inRural, rural);
        register.place(inOtherDistrict, otherRural);
        register.place(inOtherOblast, otherOblastsRural);
        // whatever territory an announcement gives elections now, this one stands for an older election
        register.unplace(beforeTheRegister, "Before the register " + beforeTheRegister);
    }

    @Test
    void thePagesNameTheTerritoryItsDistrictAndOblastFromTheRegisterInTheReadersLanguage() throws Exception {
        String kk = get("/results/" + inRural + "?lang=kk").body();
        String ru = get("/results/" + inRural + "?lang=ru").body();
        String en = get("/results/" + inRural + "?lang=en").body();

        assertThat(kk).contains("<span id=\"territory\">Қосшы " + tag + " ауылдық округі</span>",
                ">Целиноград " + tag + " ауданы</a>", ">Ақмола " + tag + " облысы</a>")
                .doesNotContain("<span id=\"territory\">Kosshy (stored name)");
        assertThat(ru).contains("<span id=\"territory\">Қосшы " + tag + " сельский округ</span>",
                ">Целиноград " + tag + " район</a>", ">Ақмола " + tag + " область</a>");
        // the register has no English names: English readers get the Russian ones
        assertThat(en).contains("<span id=\"territory\">Қосшы " + tag + " сельский округ</span>",
                ">Целиноград " + tag + " район</a>");
        // the district and oblast lead to the list filtered by them, in the page's language
        assertThat(kk).contains("href=\"/results?lang=kk&amp;district=" + district + "\"",
                "href=\"/results?lang=kk&amp;oblast=" + oblast + "\"");

        String listKk = get("/results?lang=kk&oblast=" + oblast).body();
        assertThat(row(listKk, inRural)).contains(">Қосшы " + tag + " ауылдық округі<",
                ">Целиноград " + tag + " ауданы<", ">Ақмола " + tag + " облысы<");
        String listRu = get("/results?lang=ru&oblast=" + oblast).body();
        assertThat(row(listRu, inRural)).contains(">Қосшы " + tag + " сельский округ<",
                ">Целиноград " + tag + " район<", ">Ақмола " + tag + " область<");
    }

    @Test
    void anElectionFromBeforeTheRegisterKeepsItsStoredNameAndShowsInTheUnfilteredListOnly() throws Exception {
        String page = get("/results/" + beforeTheRegister + "?lang=kk").body();
        String list = get("/results?lang=kk").body();

        assertThat(page).contains("<span id=\"territory\">Before the register ").doesNotContain("id=\"place-oblast\"");
        assertThat(numbers(list)).contains(beforeTheRegister, inRural, inOtherDistrict, inOtherOblast);
        assertThat(numbers(get("/results?oblast=" + oblast).body())).doesNotContain(beforeTheRegister);
    }

    @Test
    void theOblastFilterListsTheElectionsOfItsDistrictsRuralDistrictsAndNoneOfAnotherOblast() throws Exception {
        HttpResponse<String> first = get("/results?lang=en&oblast=" + oblast);
        HttpResponse<String> second = get("/results?lang=en&oblast=" + otherOblast);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(numbers(first.body())).containsExactlyInAnyOrder(inRural, inOtherDistrict);
        assertThat(numbers(second.body())).containsExactly(inOtherOblast);
    }

    @Test
    void theDistrictFilterListsTheElectionsOfItsRuralDistrictsOnly() throws Exception {
        assertThat(numbers(get("/results?district=" + district).body())).containsExactly(inRural);
        assertThat(numbers(get("/results?district=" + otherDistrict).body())).containsExactly(inOtherDistrict);
        // the form sends both selects; an empty one is "all"
        assertThat(numbers(get("/results?lang=ru&oblast=" + oblast + "&district=" + otherDistrict).body()))
                .containsExactly(inOtherDistrict);
        assertThat(numbers(get("/results?lang=ru&oblast=&district=" + district).body())).containsExactly(inRural);
        // a district of another oblast than the one chosen: nothing lies in both
        String neither = get("/results?lang=en&oblast=" + otherOblast + "&district=" + district).body();
        assertThat(numbers(neither)).isEmpty();
        assertThat(neither).contains("No election is held in the chosen territory.");
    }

    @ParameterizedTest(name = "{0}={1} ({2})")
    @CsvSource(textBlock = """
            oblast,   12345,      en, The parameter oblast=
            oblast,   abcdefghi,  en, The parameter oblast=
            oblast,   1100000000, kk, oblast=
            oblast,   unused,     en, The parameter oblast=
            oblast,   district,   ru, Параметр oblast=
            oblast,   rural,      en, The parameter oblast=
            district, 12345,      ru, Параметр district=
            district, unused,     en, The parameter district=
            district, oblast,     kk, district=
            district, rural,      ru, Параметр district=
            """)
    void aCodeThatIsNoOblastOrDistrictOfTheRegisterIsA400NamingTheParameter(String parameter, String value,
                                                                           String lang, String text) throws Exception {
        HttpResponse<String> answer = get("/results?lang=" + lang + "&" + parameter + "=" + code(value));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(answer.headers().firstValue("Content-Language")).hasValue(lang);
        assertThat(answer.body()).contains("data-parameter=\"" + parameter + "\"", text)
                .doesNotContain("id=\"elections\"");
    }

    @Test
    void theFormsSelectsListTheRegistersOblastsAndDistrictsGroupedByOblast() throws Exception {
        String kk = get("/results?lang=kk&oblast=" + oblast).body();
        String ru = get("/results?lang=ru").body();

        assertThat(select(kk, "oblast")).contains(
                "<option value=\"" + oblast + "\" selected=\"selected\">Ақмола " + tag + " облысы</option>",
                "<option value=\"" + otherOblast + "\">Қарағанды " + tag + " облысы</option>")
                .doesNotContain(district, rural);
        String districts = select(kk, "district");
        assertThat(districts).contains("<optgroup label=\"Ақмола " + tag + " облысы\">",
                "<option value=\"" + district + "\">Целиноград " + tag + " ауданы</option>",
                "<option value=\"" + otherOblastsDistrict + "\">Бұқар жырау " + tag + " ауданы</option>")
                .doesNotContain(rural, "value=\"" + oblast + "\"");
        // each district under its own oblast, the first oblast's by name
        String firstGroup = districts.substring(districts.indexOf("<optgroup label=\"Ақмола " + tag));
        firstGroup = firstGroup.substring(0, firstGroup.indexOf("</optgroup>"));
        assertThat(firstGroup).containsSubsequence(district, otherDistrict).doesNotContain(otherOblastsDistrict);
        assertThat(select(ru, "oblast")).contains(">Ақмола " + tag + " область</option>");
        assertThat(ru).contains("<label for=\"oblast\">Область</label>", "<label for=\"district\">Район</label>");
        assertThat(kk).contains("<label for=\"oblast\">Облыс</label>", "<label for=\"district\">Аудан</label>");
        assertThat(get("/results?lang=en").body()).contains("<label for=\"oblast\">Oblast</label>");
    }

    @Test
    void theFilterAndTheLanguageSurviveTogetherInLinks() throws Exception {
        String ru = get("/results?lang=ru&oblast=" + oblast + "&district=" + district).body();

        // the language switch keeps the filter
        assertThat(ru).contains("href=\"/results?lang=kk&amp;oblast=" + oblast + "&amp;district=" + district + "\"",
                "href=\"/results?lang=en&amp;oblast=" + oblast + "&amp;district=" + district + "\"");
        // the form keeps the language
        assertThat(ru).contains("<form id=\"filter\" class=\"filter\" method=\"get\" action=\"/results\">",
                "<input type=\"hidden\" name=\"lang\" value=\"ru\">");
        // and the elections it lists open in that language
        assertThat(ru).contains("href=\"/results/" + inRural + "?lang=ru\"");
        // no script and no inline style: the Content-Security-Policy allows neither
        assertThat(ru).doesNotContain("<script", "style=", "onchange");
    }

    @Test
    void theJsonAndCsvCarryTheTerritorysCodeAndNameInTheAskedLanguage() throws Exception {
        JsonNode kk = JSON.readTree(get("/results/" + inRural + ".json?lang=kk").body());
        JsonNode plain = JSON.readTree(get("/results/" + inRural + ".json").body());
        JsonNode old = JSON.readTree(get("/results/" + beforeTheRegister + ".json?lang=kk").body());
        HttpResponse<String> csv = get("/results/" + inRural + ".csv?lang=ru");

        assertThat(kk.get("territoryCode").asText()).isEqualTo(rural);
        assertThat(kk.get("territory").asText()).isEqualTo(register.nameKk(rural));
        assertThat(kk.at("/district/code").asText()).isEqualTo(district);
        assertThat(kk.at("/district/name").asText()).isEqualTo(register.nameKk(district));
        assertThat(kk.at("/oblast/code").asText()).isEqualTo(oblast);
        assertThat(kk.at("/oblast/name").asText()).isEqualTo(register.nameKk(oblast));
        // no language asked: English, so the Russian name
        assertThat(plain.get("territory").asText()).isEqualTo(register.nameRu(rural));
        assertThat(old.get("territoryCode").isNull()).isTrue();
        assertThat(old.get("territory").asText()).startsWith("Before the register ");

        assertThat(csv.headers().firstValue("Vary")).hasValue("Accept-Language");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body().substring(1))).getRecords();
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get("territory_code")).isEqualTo(rural);
            assertThat(row.get("territory")).isEqualTo(register.nameRu(rural));
        });
    }

    /** The values the parameterized tests name: a register code of the wrong tier, an unused code, or as is. */
    private String code(String value) {
        return switch (value) {
            case "unused" -> TestRegister.unused();
            case "oblast" -> oblast;
            case "district" -> district;
            case "rural" -> rural;
            default -> value;
        };
    }

    private static List<String> numbers(String list) {
        List<String> numbers = new ArrayList<>();
        Matcher m = ELECTION_ROW.matcher(list);
        while (m.find()) {
            numbers.add(m.group(1));
        }
        return numbers;
    }

    private static String row(String list, String number) {
        String from = list.substring(list.indexOf("data-election=\"" + number + "\""));
        return from.substring(0, from.indexOf("</tr>"));
    }

    private static String select(String page, String id) {
        String from = page.substring(page.indexOf("<select id=\"" + id + "\""));
        return from.substring(0, from.indexOf("</select>"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
