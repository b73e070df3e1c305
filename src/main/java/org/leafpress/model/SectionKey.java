package org.leafpress.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.text.Normalizer;
import java.util.Locale;

/**
 * A section's canonical key, shared by every language of a leaflet ({@code treatment} is the
 * treatment section whatever its heading says). Keys are lower-case kebab words.
 */
public record SectionKey(String value) implements Comparable<SectionKey> {

    /** Text before the first heading, or a translation whose sections are not yet known. */
    public static final SectionKey UNASSIGNED = new SectionKey("unassigned");

    @JsonCreator
    public SectionKey {
        if (value == null || !value.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("not a section key: " + value);
        }
    }

    /** A key made from a heading no vocabulary knows: its words, lower case, joined by hyphens. */
    public static SectionKey slugOf(String heading) {
        String ascii = Normalizer.normalize(heading, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) slug = slug.substring(0, 60).replaceAll("-+$", "");
        return slug.isEmpty() ? UNASSIGNED : new SectionKey(slug);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public int compareTo(SectionKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
