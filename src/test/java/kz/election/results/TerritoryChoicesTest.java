package kz.election.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kz.election.commission.Territory;
import kz.election.commission.TerritoryLevel;
import kz.election.common.InvalidInputException;
import kz.election.notification.MailLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The filter's check, the chain of a territory and its names, without a database. */
class TerritoryChoicesTest {

    private static final Territory AKMOLA = new Territory("110000000", null, TerritoryLevel.OBLAST, "Ақмола облысы",
            "Акмолинская область");
    private static final Territory ASTANA = new Territory("710000000", null, TerritoryLevel.REPUBLICAN_CITY, "Астана",
            "Астана");
    private static final Territory TSELINOGRAD = new Territory("116600000", "110000000", TerritoryLevel.DISTRICT,
            "Целиноград ауданы", "Целиноградский район");
    private static final Territory SHORTANDY = new Territory("116800000", "110000000", TerritoryLevel.DISTRICT,
            "Шортанды ауданы", "Шортандинский район");
    private static final Territory KOSSHY = new Territory("116633100", "116600000", TerritoryLevel.RURAL_DISTRICT,
            "Қосшы ауылдық округі", "Косшинский сельский округ");
    private static final List<Territory> UPPER = List.of(SHORTANDY, AKMOLA, TSELINOGRAD, ASTANA);

    @ParameterizedTest(name = "oblast={0}, district={1}")
    @CsvSource(nullValues = "null", textBlock = """
            110000000, null,      110000000, null
            null,      116600000, null,      116600000
            '',        '  ',      null,      null
            710000000, 116800000, 710000000, 116800000
            """)
    void aFilterNamesOblastsAndDistrictsOfTheRegisterOrNothing(String oblast, String district, String expectedOblast,
                                                               String expectedDistrict) {
        assertThat(new TerritoryChoices(UPPER, MailLanguage.RU).filter(oblast, district))
                .isEqualTo(new TerritoryFilter(expectedOblast, expectedDistrict));
    }

    @ParameterizedTest(name = "oblast={0}, district={1} names {2}")
    @CsvSource(nullValues = "null", textBlock = """
            11000000,   null,        oblast
            1100000000, null,        oblast
            ' 110000000',null,       oblast
            116600000,  null,        oblast
            999999999,  null,        oblast
            null,       110000000,   district
            null,       116633100,   district
            110000000,  x,           district
            """)
    void anythingElseIsRefusedNamingTheParameter(String oblast, String district, String parameter) {
        assertThatThrownBy(() -> new TerritoryChoices(UPPER, MailLanguage.RU).filter(oblast, district))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo(parameter));
    }

    @Test
    void aRuralDistrictLiesInItsDistrictAndOblastNamedInTheReadersLanguage() {
        TerritoryChoices choices = new TerritoryChoices(UPPER, MailLanguage.KK);

        ElectionPlace kk = ElectionPlace.of("Kosshy", choices.chain(KOSSHY), MailLanguage.KK);
        ElectionPlace en = ElectionPlace.of("Kosshy", choices.chain(KOSSHY), MailLanguage.EN);

        assertThat(kk).isEqualTo(new ElectionPlace("116633100", "Қосшы ауылдық округі",
                new TerritoryName("116600000", "Целиноград ауданы"), new TerritoryName("110000000", "Ақмола облысы")));
        assertThat(en.territory()).as("no English in the register: Russian").isEqualTo("Косшинский сельский округ");
        assertThat(List.of("116633100", "116600000", "110000000")).allMatch(kk::within);
        assertThat(kk.within("116800000")).isFalse();
    }

    @Test
    void aDistrictsOwnElectionLiesInItsOblastOnlyAndAnElectionWithoutCodeKeepsItsName() {
        TerritoryChoices choices = new TerritoryChoices(UPPER, MailLanguage.RU);

        ElectionPlace district = ElectionPlace.of("Tselinograd", choices.chain(TSELINOGRAD), MailLanguage.RU);
        ElectionPlace old = ElectionPlace.of("Kosshy rural district", List.of(), MailLanguage.RU);

        assertThat(district.district()).isNull();
        assertThat(district.oblast()).isEqualTo(new TerritoryName("110000000", "Акмолинская область"));
        assertThat(new TerritoryFilter(null, "116600000").admits(district)).isTrue();
        assertThat(old).isEqualTo(new ElectionPlace(null, "Kosshy rural district", null, null));
        assertThat(TerritoryFilter.NONE.admits(old)).isTrue();
        assertThat(new TerritoryFilter("110000000", null).admits(old)).isFalse();
    }

    @Test
    void theSelectsListOblastsByNameAndEachOblastsDistrictsUnderIt() {
        TerritoryChoices choices = new TerritoryChoices(UPPER, MailLanguage.RU);

        assertThat(choices.oblasts()).extracting(TerritoryName::name)
                .containsExactly("Акмолинская область", "Астана");
        assertThat(choices.districts()).singleElement().satisfies(group -> {
            assertThat(group.oblast().code()).isEqualTo("110000000");
            assertThat(group.districts()).extracting(TerritoryName::code).containsExactly("116600000", "116800000");
        });
    }
}
