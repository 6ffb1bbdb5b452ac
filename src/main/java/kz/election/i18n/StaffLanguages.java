package kz.election.i18n;

import java.util.Locale;

/**
 * The language a staff member reads an answer in, from their browser's Accept-Language: kk or ru when the
 * browser prefers one of them (honouring its q-values, "ru-RU" counts as ru), English otherwise. A malformed
 * header reads English: an answer never fails over its language.
 */
public final class StaffLanguages {

    private StaffLanguages() {
    }

    public static String fromAcceptLanguage(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return "en";
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), ProcessNames.LANGUAGES);
            return tag == null ? "en" : tag;
        } catch (IllegalArgumentException malformed) {
            return "en";
        }
    }
}
