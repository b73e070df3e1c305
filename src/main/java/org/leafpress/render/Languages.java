package org.leafpress.render;

import java.util.Locale;

/** Language tags as the pages compare them: a region or script does not make a language foreign. */
final class Languages {

    private Languages() {}

    /** {@code en} for {@code en-GB}. */
    static String primaryOf(String language) {
        int dash = language.indexOf('-');
        return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /** Whether {@code a} and {@code b} are the same language: a British paragraph on an English page is not foreign. */
    static boolean sameLanguage(String a, String b) {
        return primaryOf(a).equals(primaryOf(b));
    }
}
