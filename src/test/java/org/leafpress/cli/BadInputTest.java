package org.leafpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leafpress.publish.OutputFolder;
import org.leafpress.testing.CommandLineRun;

/**
 * The careless and the hostile editor: one row a bad input, each built next to a good leaflet.
 * Each row says the exit status, a word the message must hold (naming the file or folder), and
 * whether the good leaflet must still be built. Every row also proves that the sources are as
 * they were; a refused command line (exit 2) must leave the whole work folder untouched.
 */
class BadInputTest {

    private static final String GOOD = "nemo-deficiency-syndrome-idf";

    /** The folders of one case: work/sources holds the good leaflet, work/outside is outside it. */
    record Work(Path root, Path sources, Path output, Path outside) {}

    interface Setup {
        List<String> apply(Work w) throws IOException;
    }

    record Case(String name, Setup setup, int status, String message, boolean goodBuilt) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("output is the sources folder", w -> args(w.sources(), w.sources()), 2,
                        "is the sources folder", false),
                new Case("output inside the sources folder", w -> args(w.sources(), w.sources().resolve("out")), 2,
                        "is inside the sources folder", false),
                new Case("output holds the sources folder", w -> args(w.sources(), w.root()), 2,
                        "holds the sources folder", false),
                new Case("output inside the templates", w -> {
                    Path templates = Files.createDirectories(w.root().resolve("my-templates"));
                    Files.writeString(templates.resolve("page.ftl"), "mine");
                    return List.of("build", "--sources", w.sources().toString(), "--templates", templates.toString(),
                            "--output", templates.resolve("site").toString());
                }, 2, "is inside the templates folder", false),
                new Case("leaflet id names a folder of the output that is not a leaflet's", w -> {
                    copyGood(w.sources(), "docs");
                    Path docs = Files.createDirectories(w.output().resolve("docs"));
                    Files.writeString(docs.resolve("notes.md"), "the editor's notes");
                    return args(w.sources(), w.output());
                }, 2, "leaflet 'docs' would replace", false),
                new Case("missing sources folder", w -> args(w.root().resolve("no-such"), w.output()), 2,
                        "no-such: no such folder", false),
                new Case("a file linked out of the sources", w -> {
                    Path secret = Files.writeString(w.outside().resolve("secret.txt"), "SECRET-TEXT of the machine");
                    Path en = Files.createDirectories(w.sources().resolve("leak/en"));
                    Files.writeString(en.resolve("leaflet.txt"), goodText());
                    Files.createSymbolicLink(en.resolve("extra.txt"), secret);
                    return args(w.sources(), w.output());
                }, 0, "leak/en/extra.txt", true),
                new Case("a language folder linked out of the sources", w -> {
                    Path fr = Files.createDirectories(w.outside().resolve("fr"));
                    Files.writeString(fr.resolve("secret.txt"), "SECRET-TEXT of the machine");
                    Path leaflet = Files.createDirectories(w.sources().resolve("leak/en"));
                    Files.writeString(leaflet.resolve("leaflet.txt"), goodText());
                    Files.createSymbolicLink(leaflet.resolveSibling("fr"), fr);
                    return args(w.sources(), w.output());
                }, 0, "leak/fr", true),
                new Case("a leaflet folder linked out of the sources", w -> {
                    Path en = Files.createDirectories(w.outside().resolve("elsewhere/en"));
                    Files.writeString(en.resolve("secret.txt"), "SECRET-TEXT of the machine");
                    Files.createSymbolicLink(w.sources().resolve("leak"), en.getParent());
                    return args(w.sources(), w.output());
                }, 1, "outside the sources folder", true),
                new Case("a manifest lists a file linked out of the sources", w -> {
                    Path secret = Files.writeString(w.outside().resolve("secret.txt"), "SECRET-TEXT of the machine");
                    Path en = Files.createDirectories(w.sources().resolve("leak/en"));
                    Files.createSymbolicLink(en.resolve("leaflet.txt"), secret);
                    Files.writeString(en.resolveSibling("leaflet.yaml"),
                            "documents:\n  - {file: en/leaflet.txt, language: en, role: original}\n");
                    return args(w.sources(), w.output());
                }, 1, "outside the sources folder", true),
                new Case("a language folder in capitals", w -> {
                    Path en = Files.createDirectories(w.sources().resolve("shouting/EN"));
                    Files.writeString(en.resolve("leaflet.txt"), goodText());
                    return args(w.sources(), w.output());
                }, 0, "2 leaflets built, 0 failed", true),
                new Case("a three-letter language folder", w -> {
                    Path en = Files.createDirectories(w.sources().resolve("three-letters/en"));
                    Files.writeString(en.resolve("leaflet.txt"), goodText());
                    Path fra = Files.createDirectories(en.resolveSibling("fra"));
                    Files.writeString(fra.resolve("traduction.txt"), "Bonjour.");
                    return args(w.sources(), w.output());
                }, 0, "'fra' is not a two-letter language code", true),
                new Case("an old output folder inside the sources", w -> {
                    Path old = Files.createDirectories(w.sources().resolve("old-site/reports"));
                    Files.writeString(old.resolve("build.json"), "{}");
                    return args(w.sources(), w.output());
                }, 1, "holds a leafpress output", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputGetsItsStatusAMessageNamingItAndKeepsWhatTheEditorOwns(Case c, @TempDir Path dir) throws IOException {
        Work w = new Work(dir, dir.resolve("sources"), dir.resolve("site"), Files.createDirectories(dir.resolve("outside")));
        copyGood(w.sources(), GOOD);
        List<String> args = c.setup().apply(w);
        Map<String, String> before = hashes(c.status() == 2 ? w.root() : w.sources());
        Map<String, String> outsideBefore = hashes(w.outside());

        CommandLineRun run = CommandLineRun.leafpress(args.toArray(String[]::new));
        String said = run.out() + run.err() + report(w.output());

        assertEquals(c.status(), run.status(), said);
        assertTrue(said.contains(c.message()), "expected '" + c.message() + "' in:\n" + said);
        assertEquals(before, hashes(c.status() == 2 ? w.root() : w.sources()), "the editor's files changed");
        assertEquals(outsideBefore, hashes(w.outside()), "files outside the sources changed");
        assertEquals(c.goodBuilt(), Files.isRegularFile(w.output().resolve(GOOD + "/en/model.json")), said);
        assertFalse(anyFileHolds(w.output(), "SECRET-TEXT"), "a file from outside the sources was published");
    }

    @ParameterizedTest(name = "a second build into a locked output exits 1 naming the holder")
    @MethodSource("lockCase")
    void aSecondBuildIntoALockedOutputExitsOneNamingTheHolder(String ignored, @TempDir Path dir) throws IOException {
        Path sources = dir.resolve("sources");
        copyGood(sources, GOOD);
        Path output = dir.resolve("site");
        try (OutputFolder.Lock held = OutputFolder.lock(output)) {
            CommandLineRun run = CommandLineRun.leafpress(args(sources, output).toArray(String[]::new));
            assertEquals(1, run.status(), run.err());
            assertTrue(run.err().contains("being written by another build (pid " + ProcessHandle.current().pid()),
                    run.err());
            assertFalse(Files.exists(output.resolve(GOOD)), "the second build wrote while the first held the lock");
        }
    }

    static Stream<String> lockCase() {
        return Stream.of("lock");
    }

    private static List<String> args(Path sources, Path output) {
        return List.of("build", "--sources", sources.toString(), "--output", output.toString());
    }

    private static String goodText() throws IOException {
        return Files.readString(Path.of("sources", GOOD, "en", "idf-web-page.txt"));
    }

    private static void copyGood(Path sources, String as) throws IOException {
        Path from = Path.of("sources", GOOD);
        Path to = sources.resolve(as);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
    }

    private static String report(Path output) throws IOException {
        Path report = output.resolve("reports/build.json");
        return Files.isRegularFile(report) ? Files.readString(report) : "";
    }

    /** Every file under {@code root}, links not followed, by path: its SHA-256 (or where a link points). */
    static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(root)) return out;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.toList()) {
                String key = root.relativize(f).toString();
                if (Files.isSymbolicLink(f)) out.put(key, "-> " + Files.readSymbolicLink(f));
                else if (Files.isRegularFile(f)) out.put(key, sha256(Files.readAllBytes(f)));
                else out.put(key, "folder");
            }
        }
        return out;
    }

    private static boolean anyFileHolds(Path root, String text) throws IOException {
        if (!Files.exists(root)) return false;
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).anyMatch(f -> {
                try {
                    return new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1).contains(text);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
