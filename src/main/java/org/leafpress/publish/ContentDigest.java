package org.leafpress.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** A SHA-256 over named parts: strings, files' bytes, and whole folders (path and bytes of each file, in path order). */
final class ContentDigest {

    private final MessageDigest sha = newSha256();

    ContentDigest add(String label, String value) {
        byte[] text = (label + "=" + value).getBytes(StandardCharsets.UTF_8);
        // The length first, so that no two lists of parts run together into the same bytes.
        sha.update((text.length + ":").getBytes(StandardCharsets.UTF_8));
        sha.update(text);
        return this;
    }

    /** Every regular file under {@code folder}: its path relative to it and its content's sha256. */
    ContentDigest addTree(String label, Path folder) throws IOException {
        for (Path file : filesUnder(folder)) {
            add(label + "/" + relative(folder, file), hexOf(Files.readAllBytes(file)));
        }
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }

    static String hexOf(byte[] bytes) {
        return HexFormat.of().formatHex(newSha256().digest(bytes));
    }

    /** The regular files under {@code folder} (none if it does not exist), sorted by relative path. */
    static List<Path> filesUnder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).sorted((a, b) -> relative(folder, a).compareTo(relative(folder, b)))
                    .toList();
        }
    }

    static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
