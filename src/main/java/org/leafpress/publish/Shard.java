package org.leafpress.publish;

import java.nio.charset.StandardCharsets;

/**
 * The K-th of N shares of a catalogue, for a CI job matrix: a leaflet belongs to share
 * {@code 1 + (first four bytes of sha256(leaflet id), unsigned) mod N}. The share depends on the
 * leaflet's id alone, so adding or removing another leaflet never moves it to another job (and
 * its cache entry stays where that job's cache is).
 */
public record Shard(int index, int count) {

    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is K/N with 1 <= K <= N, not " + index + "/" + count);
        }
    }

    /** {@code "2/3"} as a shard; {@link IllegalArgumentException} with a sentence otherwise. */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/");
        if (parts.length != 2) throw new IllegalArgumentException("--shard takes K/N such as 1/4, not '" + text + "'");
        try {
            return new Shard(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--shard takes K/N such as 1/4, not '" + text + "'");
        }
    }

    /** Whether the leaflet with this id is built by this share. */
    public boolean includes(String leafletId) {
        if (count == 1) return true;
        String hex = ContentDigest.hexOf(leafletId.getBytes(StandardCharsets.UTF_8));
        return Long.parseLong(hex.substring(0, 8), 16) % count == index - 1;
    }

    public boolean isAll() {
        return count == 1;
    }
}
