package org.leafpress.render;

/**
 * Where things live in {@code output/} (the contract in DESIGN.md), as paths relative to it with
 * {@code /} separators. The renderers link by these; the publish stage writes by them.
 */
public final class SiteLayout {

    /** The site index. */
    public static final String INDEX = "index.html";
    /** The folder of the shared stylesheet and fonts. */
    public static final String ASSETS = "assets";

    private SiteLayout() {}

    /** {@code <id>/<lang>/index.html}: the web page of a leaflet in a language. */
    public static String pageOf(String leafletId, String language) {
        return leafletId + "/" + language + "/index.html";
    }

    /** {@code <id>/<lang>/<id>.<lang>.pdf}: the PDF of a leaflet in a language. */
    public static String pdfOf(String leafletId, String language) {
        return leafletId + "/" + language + "/" + pdfFileName(leafletId, language);
    }

    /** {@code <id>.<lang>.pdf}: the PDF's file name, beside its web page. */
    public static String pdfFileName(String leafletId, String language) {
        return leafletId + "." + language + ".pdf";
    }
}
