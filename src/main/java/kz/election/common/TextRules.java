package kz.election.common;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a line of human text typed into a form may hold. Kazakh and Russian text in any script passes;
 * control and invisible formatting characters (NUL, bidirectional overrides, zero-width spaces) do
 * not: PostgreSQL refuses NUL, and the others make two names that look alike compare different.
 */
public final class TextRules {

    /** Names of places and posts: letters of any script, digits and the punctuation such names use. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}\\p{N} .,'’\"«»()№/\\-]+");

    private TextRules() {
    }

    /** A single line of free text such as an address: no control or format characters. */
    public static Optional<String> problemWithLine(String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return Optional.of("is required");
        }
        String text = value.strip();
        if (text.codePointCount(0, text.length()) > maxLength) {
            return Optional.of("has " + text.codePointCount(0, text.length()) + " characters, at most " + maxLength
                    + " are allowed");
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE || type == Character.UNASSIGNED) {
                return Optional.of("contains the invisible or control character U+%04X at position %d"
                        .formatted(c, text.codePointCount(0, i) + 1));
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    /** The name of a territory or a post: a line of text of letters, digits and common punctuation. */
    public static Optional<String> problemWithName(String value, int maxLength) {
        Optional<String> lineProblem = problemWithLine(value, maxLength);
        if (lineProblem.isPresent()) {
            return lineProblem;
        }
        if (!NAME.matcher(value.strip()).matches()) {
            return Optional.of("may hold letters, digits, spaces and . , - ' \" « » ( ) № / only");
        }
        return Optional.empty();
    }
}
