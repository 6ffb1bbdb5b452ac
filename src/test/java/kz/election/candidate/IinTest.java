package kz.election.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class IinTest {

    /*
     * Worked by hand, e.g. 800515300126: digits 8,0,0,5,1,5,3,0,0,1,2 x weights 1..11
     * = 8+0+0+20+5+30+21+0+0+10+22 = 116; 116 mod 11 = 6 = digit 12.
     * 900101300811: first pass 9+4+6+21+80+11 = 131, mod 11 = 10, so weights 3..11,1,2:
     * 27+6+8+27+8+2 = 78, mod 11 = 1 = digit 12.
     */
    @ParameterizedTest(name = "{0} is born {1}, {2}")
    @CsvSource({
        "800515300126, 1980-05-15, MALE",
        "951229401238, 1995-12-29, FEMALE",
        "000229505673, 2000-02-29, MALE",
        "050301600044, 2005-03-01, FEMALE",
        "600101100458, 1860-01-01, MALE",
        "991231403212, 1999-12-31, FEMALE",
        "870707300985, 1987-07-07, MALE",
        "200229600115, 2020-02-29, FEMALE",
        "121212600158, 2012-12-12, FEMALE",
        // second pass: the first weighted sum mod 11 is 10
        "900101300811, 1990-01-01, MALE",
        "900101300823, 1990-01-01, MALE",
        "900101300860, 1990-01-01, MALE",
    })
    void acceptsValidIinAndReadsBirthDateAndSex(String raw, LocalDate birthDate, Sex sex) {
        IinCheck result = Iin.check(raw);

        assertThat(result.isValid()).as(result.invalidReason().orElse("")).isTrue();
        Iin iin = result.validIin().orElseThrow();
        assertThat(iin.value()).isEqualTo(raw);
        assertThat(iin.birthDate()).isEqualTo(birthDate);
        assertThat(iin.sex()).isEqualTo(sex);
        assertThat(iin.matchesBirthDate(birthDate)).isTrue();
        assertThat(iin.matchesBirthDate(birthDate.plusDays(1))).isFalse();
    }

    /** Every century digit and many dates, with check digits from an independent generator below. */
    static Stream<Arguments> generatedIins() {
        return Stream.of(
                        "8005153", "9512294", "0002295", "0503016", "6001011", "9912314",
                        "1001012", "4507093", "3202295", "0101016")
                .flatMap(prefix -> Stream.of("0000", "1234", "5678", "9999", "0042", "3141")
                        .map(serial -> prefix + serial))
                .map(IinTest::withCheckDigit)
                .filter(s -> s != null)
                .map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("generatedIins")
    void acceptsGeneratedValidIins(String raw) {
        assertThat(Iin.check(raw).isValid()).as(raw).isTrue();
    }

    @Test
    void generatorCoversSecondPassCases() {
        // guards the table above against silently testing only the first pass
        long secondPass = generatedIins()
                .map(a -> (String) a.get()[0])
                .filter(s -> weighted(s, FIRST) % 11 == 10)
                .count();
        assertThat(secondPass).isPositive();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "800515300127, CHECK_DIGIT_MISMATCH",
        "800515300120, CHECK_DIGIT_MISMATCH",
        "951229401239, CHECK_DIGIT_MISMATCH",
        // second-pass digit 1 expected, first-pass-looking digit 0 given
        "900101300810, CHECK_DIGIT_MISMATCH",
        // both passes give 10: 9+4+6+21+80 = 120 mod 11 = 10; 27+6+8+27+8 = 76 mod 11 = 10
        "900101300800, NO_CHECK_DIGIT",
        "900101300801, NO_CHECK_DIGIT",
        "900101300809, NO_CHECK_DIGIT",
        // century digit 0 and 7-9
        "800515000126, INVALID_CENTURY_DIGIT",
        "800515700126, INVALID_CENTURY_DIGIT",
        "800515800126, INVALID_CENTURY_DIGIT",
        "800515900126, INVALID_CENTURY_DIGIT",
        // dates that do not exist
        "310231300126, IMPOSSIBLE_BIRTH_DATE",
        "800230300126, IMPOSSIBLE_BIRTH_DATE",
        "800431300126, IMPOSSIBLE_BIRTH_DATE",
        "801301300126, IMPOSSIBLE_BIRTH_DATE",
        "800001300126, IMPOSSIBLE_BIRTH_DATE",
        "800100300126, IMPOSSIBLE_BIRTH_DATE",
        // 29 February exists in 2000 (digit 5) but not in 1900 (digit 3) nor in 1800 (digit 1)
        "000229300126, IMPOSSIBLE_BIRTH_DATE",
        "000229100126, IMPOSSIBLE_BIRTH_DATE",
        // length
        "80051530012, WRONG_LENGTH",
        "8005153001266, WRONG_LENGTH",
        "1, WRONG_LENGTH",
        // not digits
        "80051530012X, NOT_DIGITS",
        "8005-5300126, NOT_DIGITS",
        "800515 00126, NOT_DIGITS",
        "８00515300126, NOT_DIGITS",
        "٨00515300126, NOT_DIGITS",
    })
    void refusesInvalidIinWithReason(String raw, IinDefect defect) {
        IinCheck result = Iin.check(raw);

        assertThat(result).isInstanceOf(IinCheck.Invalid.class);
        assertThat(((IinCheck.Invalid) result).defect()).isEqualTo(defect);
        assertThat(result.invalidReason()).get().asString().isNotBlank();
        assertThat(result.validIin()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(value = {"' 800515300126'", "'800515300126 '", "' 800515300126 '", "'\t800515300126'",
        "'800515300126\n'"}, ignoreLeadingAndTrailingWhitespace = false)
    void refusesLeadingOrTrailingSpacesInsteadOfTrimming(String raw) {
        IinCheck result = Iin.check(raw);

        assertThat(((IinCheck.Invalid) result).defect()).isEqualTo(IinDefect.SURROUNDING_SPACES);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void refusesMissingIin(String raw) {
        assertThat(((IinCheck.Invalid) Iin.check(raw)).defect()).isEqualTo(IinDefect.MISSING);
    }

    @Test
    void reasonNamesTheExpectedCheckDigit() {
        assertThat(Iin.check("800515300127").invalidReason())
                .hasValue("IIN check digit is 7 but digits 1-11 require 6: a digit is probably mistyped");
    }

    @Test
    void parseRefusesInvalidIinWithTheSameReason() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Iin.parse("310231300126"))
                .withMessageContaining("not a date");
        assertThat(Iin.parse("800515300126").birthDate()).isEqualTo(LocalDate.of(1980, 5, 15));
    }

    // --- an independent implementation of the check digit, so the tests do not trust the code under test

    private static final int[] FIRST = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private static String withCheckDigit(String first11) {
        int check = weighted(first11, FIRST) % 11;
        if (check == 10) {
            check = weighted(first11, SECOND) % 11;
        }
        return check == 10 ? null : first11 + check;
    }

    private static int weighted(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += Character.getNumericValue(digits.charAt(i)) * weights[i];
        }
        return sum;
    }
}
