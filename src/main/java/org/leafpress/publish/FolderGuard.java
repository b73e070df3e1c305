package org.leafpress.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.stream.Stream;
import org.leafpress.render.SiteLayout;

/**
 * Keeps a build from writing over what the editor owns: the output folder must not be, hold or
 * lie inside the sources or the templates, and a leaflet may only replace an output folder that
 * holds a leaflet's output. Checked before anything is written or deleted.
 */
public final class FolderGuard {

    /** A build that would overwrite or read its own output: a command-line error (exit 2). */
    public static final class Conflict extends IllegalArgumentException {
        Conflict(String message) {
            super(message);
        }
    }

    private FolderGuard() {}

    /** Refuses folders that overlap; compares real paths, so a symlink or {@code ..} cannot hide an overlap. */
    public static void checkFolders(Path sources, Path output, Path templates) throws IOException {
        if (!Files.isDirectory(sources)) {
            throw new Conflict(sources + ": no such folder; give --sources the folder that holds the leaflets");
        }
        Path out = real(output);
        overlap("--sources", real(sources), out);
        if (templates != null) overlap("--templates", real(templates), out);
    }

    /** Refuses a leaflet id whose output folder exists and holds something else than a leaflet's output. */
    public static void checkLeafletIds(Path output, Collection<String> ids) throws IOException {
        for (String id : ids) {
            Path target = output.resolve(id);
            if (!Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) continue;
            if (SiteLayout.NOT_LEAFLETS.contains(id) || !isLeafletOutput(target)) {
                throw new Conflict("leaflet '" + id + "' would replace " + target + ", which is not a leaflet's "
                        + "output; nothing was written. Give --output an empty or leafpress-made folder");
            }
        }
    }

    static boolean isLeafletOutput(Path folder) throws IOException {
        if (!Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return false;
        try (Stream<Path> langs = Files.list(folder)) {
            return langs.anyMatch(l -> Files.isRegularFile(l.resolve(SiteLayout.MODEL)));
        }
    }

    private static void overlap(String option, Path owned, Path out) {
        String what = option.substring(2);
        if (out.equals(owned)) {
            throw new Conflict("--output " + out + " is the " + what + " folder; publishing would delete it. "
                    + "Nothing was written; give --output a folder of its own");
        }
        if (out.startsWith(owned)) {
            throw new Conflict("--output " + out + " is inside the " + what + " folder " + owned
                    + "; it would be read back or mixed with what you own. Nothing was written; give --output a "
                    + "folder outside it");
        }
        if (owned.startsWith(out)) {
            throw new Conflict("--output " + out + " holds the " + what + " folder " + owned
                    + "; publishing could replace it. Nothing was written; give --output a folder of its own");
        }
    }

    /** The real path of a folder, or of its nearest existing parent joined with the rest. */
    private static Path real(Path path) throws IOException {
        Path abs = path.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return abs;
        return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
    }
}
