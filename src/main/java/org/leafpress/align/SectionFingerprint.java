package org.leafpress.align;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.leafpress.model.Block;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Section;
import org.leafpress.model.SectionKey;

/**
 * What a source section says, as a translation is made from it: its heading and paragraphs,
 * normalised (NFC, one space between words, a blank line between paragraphs), and the SHA-256
 * of that text. A new PDF of the same words has the same fingerprint; a changed word does not.
 */
public record SectionFingerprint(String text, String sha256) {

    /** The fingerprint of every section of {@code source} with this key, taken together. */
    public static SectionFingerprint of(Leaflet source, SectionKey key) {
        List<String> parts = new ArrayList<>();
        for (Section section : source.sections()) {
            if (!section.key().equals(key)) continue;
            if (!section.heading().isBlank()) parts.add(normalised(section.heading()));
            for (Block block : section.blocks()) {
                if (Passage.isPassage(block)) parts.add(normalised(block.plainText()));
            }
        }
        String text = String.join("\n\n", parts);
        return new SectionFingerprint(text, sha256Of(text));
    }

    private static String normalised(String text) {
        return Passage.flatten(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    private static String sha256Of(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
