package kz.election.candidate;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The 12-digit individual identification number (IIN) of a person in Kazakhstan.
 *
 * <p>Digits 1-6 are the birth date YYMMDD, digit 7 gives century and sex (1,2: 1800s; 3,4: 1900s;
 * 5,6: 2000s; odd male, even female), digit 12 is a check digit. An instance is always valid:
 * use {@link #check(String)} for input from people, {@link #parse(String)} where invalid is a bug.
 */
public record Iin(String value) {

    private static final int LENGTH = 12;
    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
    /** Marks "mod 11 gave 10": no single digit can carry it, hence the second weighting. */
    private static final int NO_DIGIT = 10;

    public Iin {
        IinCheck.Invalid defect = defectOf(value);
        if (defect != null) {
            throw new IllegalArgumentException(defect.reason());
        }
    }

    /**
     * Checks a string as typed. Surrounding spaces are refused rather than trimmed: the stored value
     * must be exactly what was checked, and a form should trim before it asks.
     */
    public static IinCheck check(String raw) {
        IinCheck.Invalid defect = defectOf(raw);
        return defect != null ? defect : new IinCheck.Valid(new Iin(raw));
    }

    /** The first defect found, or null for a valid IIN. */
    private static IinCheck.Invalid defectOf(String raw) {
        if (raw == null || raw.isEmpty()) {
            return invalid(IinDefect.MISSING, "IIN is missing");
        }
        if (!raw.equals(raw.strip())) {
            return invalid(IinDefect.SURROUNDING_SPACES,
                    "IIN \"" + raw + "\" has spaces before or after the digits");
        }
        if (raw.length() != LENGTH) {
            return invalid(IinDefect.WRONG_LENGTH,
                    "IIN must have 12 digits, \"" + raw + "\" has " + raw.length() + " characters");
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = raw.charAt(i);
            // ASCII only: Character.isDigit would also accept Arabic-Indic and other script digits
            if (c < '0' || c > '9') {
                return invalid(IinDefect.NOT_DIGITS,
                        "IIN may contain digits only; character " + (i + 1) + " is '" + c + "'");
            }
        }
        int centuryDigit = digit(raw, 6);
        if (centuryDigit < 1 || centuryDigit > 6) {
            return invalid(IinDefect.INVALID_CENTURY_DIGIT,
                    "IIN digit 7 must be 1 to 6 (century and sex), it is " + centuryDigit);
        }
        if (dateOf(raw) == null) {
            return invalid(IinDefect.IMPOSSIBLE_BIRTH_DATE,
                    "IIN digits 1-6 \"" + raw.substring(0, 6) + "\" are not a date (YYMMDD) in the "
                            + centuryStart(centuryDigit) + "s");
        }
        int expected = checkDigit(raw.substring(0, 11));
        if (expected == NO_DIGIT) {
            return invalid(IinDefect.NO_CHECK_DIGIT,
                    "IIN digits 1-11 give no check digit (both weightings give 10): no such IIN is issued");
        }
        int actual = digit(raw, 11);
        if (expected != actual) {
            return invalid(IinDefect.CHECK_DIGIT_MISMATCH,
                    "IIN check digit is " + actual + " but digits 1-11 require " + expected
                            + ": a digit is probably mistyped");
        }
        return null;
    }

    /** For values that must already be valid (stored data); throws with the reason otherwise. */
    public static Iin parse(String raw) {
        return new Iin(raw);
    }

    public LocalDate birthDate() {
        return dateOf(value);
    }

    public Sex sex() {
        return digit(value, 6) % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    public boolean matchesBirthDate(LocalDate date) {
        return birthDate().equals(date);
    }

    @Override
    public String toString() {
        return value;
    }

    /**
     * The check digit for the first 11 digits, or 10 when both weightings give 10 (no valid IIN).
     * Package-private: the registration of a person is not this system's job, tests use it.
     */
    static int checkDigit(String first11) {
        int first = weightedSumMod11(first11, FIRST_WEIGHTS);
        if (first != NO_DIGIT) {
            return first;
        }
        return weightedSumMod11(first11, SECOND_WEIGHTS);
    }

    private static int weightedSumMod11(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digit(digits, i) * weights[i];
        }
        return sum % 11;
    }

    private static LocalDate dateOf(String digits) {
        int year = centuryStart(digit(digits, 6)) + Integer.parseInt(digits.substring(0, 2));
        int month = Integer.parseInt(digits.substring(2, 4));
        int day = Integer.parseInt(digits.substring(4, 6));
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int centuryStart(int centuryDigit) {
        return 1800 + 100 * ((centuryDigit - 1) / 2);
    }

    private static int digit(String digits, int index) {
        return digits.charAt(index) - '0';
    }

    private static IinCheck.Invalid invalid(IinDefect defect, String reason) {
        return new IinCheck.Invalid(defect, reason);
    }
}
