package org.leafpress.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.leafpress.extract.TextLine.Role;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the XHTML that Tika makes of a web page or word-processor document into lines, one a
 * block (heading, paragraph, list item...), each with the role its markup gives it. A block's
 * inner line breaks become spaces.
 */
final class MarkupLines extends DefaultHandler {

    private static final Map<String, Role> ROLES = Map.ofEntries(
            Map.entry("h1", Role.HEADING_1), Map.entry("h2", Role.HEADING_2), Map.entry("h3", Role.HEADING_3),
            // The model has three heading levels; a deeper heading is still a heading.
            Map.entry("h4", Role.HEADING_3), Map.entry("h5", Role.HEADING_3), Map.entry("h6", Role.HEADING_3),
            Map.entry("p", Role.PARAGRAPH), Map.entry("li", Role.LIST_ITEM), Map.entry("dt", Role.TERM),
            Map.entry("dd", Role.DEFINITION),
            Map.entry("figcaption", Role.CAPTION), Map.entry("caption", Role.CAPTION), Map.entry("aside", Role.NOTE));

    /** Elements whose text is no part of the leaflet: code, styling, site navigation, the head. */
    private static final Set<String> DROPPED = Set.of("head", "script", "style", "nav", "noscript", "template");

    /** Elements that end the line before them and start a new one, without a role of their own. */
    private static final Set<String> BREAKS = Set.of("div", "section", "article", "main", "header", "footer",
            "blockquote", "pre", "address", "figure", "table", "tr", "td", "th", "ul", "ol", "dl", "hr", "br");

    /** Tika writes a Word list item as a paragraph that starts with the bullet Word would print. */
    private static final Pattern BULLET = Pattern.compile("^[•·◦▪‣⁃\\uF0B7\\uF0A7]\\s+");

    private final List<TextLine> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final Deque<Role> open = new ArrayDeque<>();
    private int droppedDepth;

    /** The lines collected so far, numbered from 1 in document order. */
    List<TextLine> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = nameOf(localName, qName);
        if (droppedDepth > 0 || DROPPED.contains(name)) {
            droppedDepth++;
            return;
        }
        if (ROLES.containsKey(name)) {
            endLine();
            open.push(roleOf(name, attributes));
        } else if (BREAKS.contains(name)) {
            endLine();
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = nameOf(localName, qName);
        if (droppedDepth > 0) {
            droppedDepth--;
            return;
        }
        if (ROLES.containsKey(name)) {
            endLine();
            open.pop();
        } else if (BREAKS.contains(name)) {
            endLine();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (droppedDepth == 0) text.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    @Override
    public void endDocument() {
        endLine();
    }

    /**
     * The role an opening element gives its text. Inside a list item, caption or aside, a
     * paragraph takes the container's role: ODT writes {@code <li><p>}.
     */
    private Role roleOf(String name, Attributes attributes) {
        Role own = ROLES.get(name);
        if (own == Role.PARAGRAPH) {
            String style = String.valueOf(attributes.getValue("class")).toLowerCase(Locale.ROOT);
            // Word's "Caption" paragraph style, which Tika passes on as the class.
            if (style.contains("caption")) return Role.CAPTION;
            // The styles a word processor gives a definition list's terms and definitions (LibreOffice
            // makes <dt> and <dd> "List Heading" and "List Contents", and keeps them in a DOCX).
            if (style.contains("list_heading")) return Role.TERM;
            if (style.contains("list_contents")) return Role.DEFINITION;
            Role container = open.peek();
            if (container == Role.LIST_ITEM || container == Role.CAPTION || container == Role.NOTE) return container;
        }
        return own;
    }

    private void endLine() {
        String line = text.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
        text.setLength(0);
        if (line.isEmpty()) return;
        Role role = open.isEmpty() ? Role.UNKNOWN : open.peek();
        if ((role == Role.PARAGRAPH || role == Role.UNKNOWN) && BULLET.matcher(line).find()) {
            role = Role.LIST_ITEM;
            line = BULLET.matcher(line).replaceFirst("");
        }
        lines.add(new TextLine(line, 0, lines.size() + 1, 0, false, false, 0, 0, 0, 0, role));
    }

    private static String nameOf(String localName, String qName) {
        String name = localName == null || localName.isEmpty() ? qName : localName;
        return name.toLowerCase(Locale.ROOT);
    }
}
