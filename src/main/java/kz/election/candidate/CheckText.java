package kz.election.candidate;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One finding of the checklist as a key of the {@code i18n/checklist} bundles and its arguments (texts and
 * whole numbers), so that staff read it in kk, ru or en ({@link ChecklistTexts}); stored with the line.
 *
 * @param unconfirmed the rule's value is marked U in the ruleset: the reader is told so beside the finding
 */
public record CheckText(String key, List<Object> args, boolean unconfirmed) {

    public CheckText {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    static CheckText of(String key, Object... args) {
        return new CheckText(key, Arrays.asList(args), false);
    }

    CheckText markedUnconfirmed() {
        return new CheckText(key, args, true);
    }
}
