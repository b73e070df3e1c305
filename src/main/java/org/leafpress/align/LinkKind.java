package org.leafpress.align;

import com.fasterxml.jackson.annotation.JsonValue;

/** How many source paragraphs a link joins to how many translated ones. */
public enum LinkKind {
    /** A source paragraph with no translation. */
    MISSING("1-0", 1, 0),
    /** A translated paragraph with no source. */
    EXTRA("0-1", 0, 1),
    ONE_TO_ONE("1-1", 1, 1),
    /** Two source paragraphs translated as one. */
    TWO_TO_ONE("2-1", 2, 1),
    /** One source paragraph translated as two. */
    ONE_TO_TWO("1-2", 1, 2),
    /** One source paragraph (a list, say) translated as a lead-in and its items on paragraphs of their own. */
    ONE_TO_MANY("1-n", 1, 0),
    /** Two source paragraphs translated as a list on paragraphs of its own. */
    TWO_TO_MANY("2-n", 2, 0);

    private final String label;
    private final int sourceCount;
    private final int translationCount;

    LinkKind(String label, int sourceCount, int translationCount) {
        this.label = label;
        this.sourceCount = sourceCount;
        this.translationCount = translationCount;
    }

    /** {@code 1-1}, {@code 0-1}...: source paragraphs, a dash, translated paragraphs. */
    @JsonValue
    public String label() {
        return label;
    }

    public int sourceCount() {
        return sourceCount;
    }

    public int translationCount() {
        return translationCount;
    }

    /**
     * Whether the dynamic programme takes this step itself; a link to a list's items is a 1-1 or
     * 2-1 step over the list taken as one passage.
     */
    public boolean isStep() {
        return this != ONE_TO_MANY && this != TWO_TO_MANY;
    }

    /** The kind of a step whose translated side turned out to be {@code blocks} paragraphs. */
    LinkKind over(int blocks) {
        if (blocks <= translationCount || sourceCount == 0 || !isStep()) return this;
        return sourceCount == 2 ? TWO_TO_MANY : ONE_TO_MANY;
    }

    /** The kind with this label. */
    public static LinkKind ofLabel(String label) {
        for (LinkKind kind : values()) if (kind.label.equals(label)) return kind;
        throw new IllegalArgumentException("not a link kind: " + label);
    }
}
