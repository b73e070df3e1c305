package org.leafpress.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds web and e-mail addresses in running text ("visit www.example.org"), so that both the web
 * page and the PDF can make them links a reader can follow.
 */
final class WebAddresses {

    // An address ends before trailing punctuation: "at www.example.org." links "www.example.org".
    private static final Pattern ADDRESS = Pattern.compile(
            "(?<web>(?:https?://|www\\.)[^\\s<>()\"«»]*[^\\s<>()\"«».,;:!?’'])"
            + "|(?<mail>[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)");

    private WebAddresses() {}

    /** {@code text} as runs: maps with {@code text}, and {@code href} (empty for plain text). */
    static List<Map<String, String>> runsOf(String text) {
        List<Map<String, String>> runs = new ArrayList<>();
        Matcher m = ADDRESS.matcher(text);
        int plain = 0;
        while (m.find()) {
            if (m.start() > plain) runs.add(run(text.substring(plain, m.start()), ""));
            String address = m.group();
            runs.add(run(address, hrefOf(address, m.group("mail") != null)));
            plain = m.end();
        }
        if (plain < text.length() || runs.isEmpty()) runs.add(run(text.substring(plain), ""));
        return runs;
    }

    private static String hrefOf(String address, boolean isMail) {
        if (isMail) return "mailto:" + address;
        return address.startsWith("www.") ? "https://" + address : address;
    }

    private static Map<String, String> run(String text, String href) {
        return Map.of("text", text, "href", href);
    }
}
