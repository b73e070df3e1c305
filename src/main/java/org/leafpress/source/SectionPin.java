package org.leafpress.source;

import org.leafpress.model.SectionKey;

/**
 * A manifest's word on which section a translated document, or one paragraph of it, belongs to.
 * A pin always wins over the document's headings and over alignment. In {@code leaflet.yaml}:
 *
 * <pre>
 * pins:
 *   "fr/chapitre.txt": treatment       # the whole document
 *   "fr/extrait.txt#3": support        # its third paragraph
 * </pre>
 *
 * @param document  the document's path relative to the leaflet's folder
 * @param paragraph the paragraph's number in the document, 1-based, counting its paragraphs,
 *                  lists, glossary terms and notes in reading order; 0 pins the whole document
 * @param key       the source section it translates
 */
public record SectionPin(String document, int paragraph, SectionKey key) {

    public SectionPin {
        document = document.replace('\\', '/').replaceFirst("^\\./", "");
        if (document.isEmpty()) throw new IllegalArgumentException("a pin names no document");
        if (paragraph < 0) throw new IllegalArgumentException("a pin's paragraph number starts at 1: " + paragraph);
    }

    /**
     * The pin of one {@code pins:} entry: {@code "fr/chapitre.txt"} or {@code "fr/chapitre.txt#3"}
     * pinned to {@code key}.
     *
     * @throws IllegalArgumentException with a sentence for the user when the entry is malformed
     */
    public static SectionPin parse(String target, String key) {
        SectionKey section;
        try {
            section = new SectionKey(key == null ? "" : key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("pin \"" + target + "\": \"" + key
                    + "\" is not a section key (lower-case words joined by hyphens, such as treatment)");
        }
        int hash = target.lastIndexOf('#');
        if (hash < 0) return new SectionPin(target.strip(), 0, section);
        String number = target.substring(hash + 1).strip();
        if (!number.matches("[1-9]\\d*")) {
            throw new IllegalArgumentException("pin \"" + target + "\": after # comes a paragraph number, 1 for the first");
        }
        return new SectionPin(target.substring(0, hash).strip(), Integer.parseInt(number), section);
    }

    public boolean isWholeDocument() {
        return paragraph == 0;
    }

    /** Whether this pin names the document read from {@code file} (as its model's source records it). */
    public boolean names(String file) {
        String normal = file.replace('\\', '/');
        return normal.equals(document) || normal.endsWith("/" + document);
    }
}
