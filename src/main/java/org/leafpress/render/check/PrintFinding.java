package org.leafpress.render.check;

/**
 * One thing a print check found wrong: which check ({@code glyphs}, {@code contents-pages},
 * {@code fonts-embedded}, …), where (a page, or a place in the model) and what is wrong.
 */
public record PrintFinding(String check, String where, String message) {

    /** A finding about page {@code page} (1-based). */
    static PrintFinding onPage(String check, int page, String message) {
        return new PrintFinding(check, "page " + page, message);
    }

    @Override
    public String toString() {
        return "check '" + check + "' failed (" + where + "): " + message;
    }
}
