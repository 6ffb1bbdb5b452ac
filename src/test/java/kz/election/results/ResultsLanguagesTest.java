package kz.election.results;

import static org.assertj.core.api.Assertions.assertThat;

import kz.election.notification.MailLanguage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ?lang= first, then Accept-Language, then English; nothing the page lacks ever fails it. */
class ResultsLanguagesTest {

    @ParameterizedTest(name = "lang={0}, Accept-Language={1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            kk    | null                          | KK
            ru    | null                          | RU
            en    | null                          | EN
            RU    | null                          | RU
            ' kk '| null                          | KK
            kk    | ru-RU,ru;q=0.9                | KK
            en    | kk-KZ                         | EN
            de    | null                          | EN
            de    | ru                            | EN
            '<script>' | ru                       | EN
            null  | null                          | EN
            ''    | ru                            | RU
            null  | ru-RU,ru;q=0.9,en-US;q=0.8    | RU
            null  | kk-KZ,kk;q=0.9,ru;q=0.8       | KK
            null  | kk                            | KK
            null  | en-GB,en;q=0.9                | EN
            null  | de-DE,ru;q=0.5                | RU
            null  | de-DE,fr;q=0.8                | EN
            null  | en;q=0.4,kk;q=0.9             | KK
            null  | *                             | EN
            null  | ;;;not a header               | EN
            null  | ru;q=2                        | EN
            """)
    void choosesTheLanguageOfAPage(String lang, String acceptLanguage, MailLanguage expected) {
        assertThat(ResultsLanguages.resolve(lang, acceptLanguage)).isEqualTo(expected);
    }
}
