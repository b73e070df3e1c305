package org.leafpress.render;

import java.util.List;

/**
 * Where things live in {@code output/} (the contract in {@code docs/contracts.md}), as paths
 * relative to it with {@code /} separators: the one place that names the output's files. The
 * renderers link by these; the publish stage writes by them.
 */
public final class SiteLayout {

    /** The site index. */
    public static final String INDEX = "index.html";
    /** The folder of the shared stylesheet and fonts. */
    public static final String ASSETS = "assets";
    /** The folder of the build and parity reports. */
    public static final String REPORTS = "reports";
    /** What was built, warnings, timings. */
    public static final String BUILD_REPORT = REPORTS + "/build.json";
    /** Translation parity, for tools. */
    public static final String PARITY_JSON = REPORTS + "/parity.json";
    /** Translation parity, for translators. */
    public static final String PARITY_PAGE = REPORTS + "/parity.html";
    /** The file name of a leaflet's web page in its language folder. */
    public static final String PAGE = "index.html";
    /** The file name of a leaflet's model in its language folder. */
    public static final String MODEL = "model.json";
    /** Top-level folders of the site that are not leaflets. */
    public static final List<String> NOT_LEAFLETS = List.of(ASSETS, REPORTS);

    private SiteLayout() {}

    /** {@code <id>/<lang>/index.html}: the web page of a leaflet in a language. */
    public static String pageOf(String leafletId, String language) {
        return leafletId + "/" + language + "/" + PAGE;
    }

    /** {@code <id>/<lang>/<id>.<lang>.pdf}: the PDF of a leaflet in a language. */
    public static String pdfOf(String leafletId, String language) {
        return leafletId + "/" + language + "/" + pdfFileName(leafletId, language);
    }

    /** {@code <id>.<lang>.pdf}: the PDF's file name, beside its web page. */
    public static String pdfFileName(String leafletId, String language) {
        return leafletId + "." + language + ".pdf";
    }

    /** {@code <id>.<lang>.print.pdf}: the printer's master's file name. */
    public static String printMasterFileName(String leafletId, String language) {
        return leafletId + "." + language + ".print.pdf";
    }

    /** {@code <id>.<lang>.booklet.pdf}: the office booklet's file name. */
    public static String bookletFileName(String leafletId, String language) {
        return leafletId + "." + language + ".booklet.pdf";
    }
}
