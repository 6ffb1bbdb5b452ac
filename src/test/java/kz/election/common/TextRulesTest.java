package kz.election.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Қосшы ауылдық округі", "Әкім аппараты", "Ұлытау ауданы", "Үшқоңыр", "Һ-ауыл",
            "Усть-Каменогорск", "№1 мектеп", "Akim of O'Neill (acting)", "«Жаңа ауыл» округі", "Іле ауданы / Или"})
    void acceptsKazakhRussianAndLatinNames(String name) {
        assertThat(TextRules.problemWithName(name, 200)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Қосшы\u0000", "\u202EҚосшы", "Қос\u200Bшы", "Line\nbreak", "<script>alert(1)</script>",
            "x'; DROP TABLE election; --", "\uD800lone surrogate", "\uE000private use", "tab\there"})
    void refusesControlFormatAndMarkupCharactersInNames(String name) {
        assertThat(TextRules.problemWithName(name, 200)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ул. Абая 10, каб. <2>", "Школа №1; спортзал", "Mektep & club"})
    void acceptsPunctuationInAFreeLineSuchAsAnAddress(String address) {
        assertThat(TextRules.problemWithLine(address, 500)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "адрес\u0000", "\u2066адрес\u2069"})
    void refusesBlankOrInvisibleCharactersInALine(String address) {
        assertThat(TextRules.problemWithLine(address, 500)).isPresent();
    }

    @org.junit.jupiter.api.Test
    void countsCharactersNotUtf16Units() {
        String twoHundredEmoji = "\uD83D\uDDF3".repeat(200);
        assertThat(TextRules.problemWithLine(twoHundredEmoji, 200)).isEmpty();
        assertThat(TextRules.problemWithLine(twoHundredEmoji + "x", 200)).hasValue("has 201 characters, at most 200 are allowed");
    }
}
