package org.leafpress.source;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.leafpress.model.Warning;
import org.leafpress.model.WarningCode;

/**
 * Finds the leaflets in a sources folder: each sub-folder is a leaflet, each {@code <lang>/}
 * folder in it a language. A manifest is optional; what it leaves out is inferred and reported.
 */
public final class SourceDiscovery {

    /** The file endings leafpress reads. */
    /** The file types leafpress reads, in the order messages list them. */
    public static final List<String> READABLE = List.of("pdf", "txt", "md", "html", "htm", "docx", "odt");

    private static final String MANIFEST = "leaflet.yaml";

    private final ManifestReader manifests = new ManifestReader();

    /** One leaflet folder that could not be understood, with the reason. */
    public record Problem(Path folder, String message) {}

    /** What discovery found: the leaflets it can build and the folders it cannot. */
    public record Found(List<LeafletSource> leaflets, List<Problem> problems) {}

    /** Every leaflet under {@code sources}, in folder-name order. */
    public Found discover(Path sources) throws IOException {
        if (!Files.isDirectory(sources)) {
            throw new IOException(sources + ": no such folder; give --sources the folder that holds the leaflets");
        }
        List<LeafletSource> leaflets = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Path root = sources.toRealPath();
        for (Path folder : childrenOf(sources)) {
            if (!Files.isDirectory(folder) || folder.getFileName().toString().startsWith(".")) continue;
            if (!insideRoot(folder, root)) {
                problems.add(new Problem(folder, "a link to " + folder.toRealPath() + ", outside the sources folder: "
                        + "not followed, so not published; copy the leaflet into the sources folder"));
                continue;
            }
            if (Files.exists(folder.resolve("reports").resolve("build.json"))) {
                problems.add(new Problem(folder, "holds a leafpress output (reports/build.json), not a leaflet's "
                        + "sources: skipped; move the output out of the sources folder"));
                continue;
            }
            try {
                leaflets.add(leafletIn(folder));
            } catch (ManifestException e) {
                problems.add(new Problem(folder, e.getMessage()));
            }
        }
        return new Found(leaflets, problems);
    }

    /** The leaflet in one folder. */
    public LeafletSource leafletIn(Path folder) throws ManifestException, IOException {
        String id = folder.getFileName().toString();
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new ManifestException(folder, "a leaflet folder's name is its id and must be lower-case words "
                    + "joined by hyphens (e.g. cystic-fibrosis); rename the folder");
        }
        Path manifestFile = folder.resolve(MANIFEST);
        Path root = folder.toRealPath().getParent();
        if (Files.exists(manifestFile) && !insideRoot(manifestFile, root)) {
            throw new ManifestException(manifestFile, "is a link out of the sources folder; leafpress does not follow "
                    + "it. Put the manifest itself in the leaflet's folder");
        }
        Manifest manifest = Files.isRegularFile(manifestFile) ? manifests.read(manifestFile) : Manifest.NONE;
        List<Warning> inferences = new ArrayList<>();
        if (manifest == Manifest.NONE) {
            inferences.add(new Warning(WarningCode.NO_MANIFEST, "no " + MANIFEST + ": the leaflet's id is its folder's name and "
                    + "everything else is inferred", shown(folder)));
        }
        List<SourceDocument> documents = manifest.documents().isEmpty()
                ? documentsInLanguageFolders(folder, inferences)
                : listedDocuments(folder, manifestFile, manifest, inferences);
        String sourceLanguage = manifest.sourceLanguage();
        if (sourceLanguage.isEmpty()) {
            sourceLanguage = inferSourceLanguage(documents);
            inferences.add(new Warning(WarningCode.SOURCE_LANGUAGE_INFERRED, "no sourceLanguage in the manifest: took '"
                    + sourceLanguage + "'", shown(folder)));
        }
        String original = sourceLanguage;
        documents = documents.stream().map(d -> d.language().equals(original) || d.role() == DocumentRole.TRANSLATION ? d
                : new SourceDocument(d.file(), d.shown(), d.language(), DocumentRole.TRANSLATION, d.charset())).toList();
        return new LeafletSource(id, folder, manifest, sourceLanguage, documents, inferences);
    }

    private List<SourceDocument> listedDocuments(Path folder, Path manifestFile, Manifest manifest,
            List<Warning> inferences) throws ManifestException, IOException {
        List<SourceDocument> out = new ArrayList<>();
        for (Manifest.Entry e : manifest.documents()) {
            Path file = folder.resolve(e.file()).normalize();
            if (!file.startsWith(folder.normalize())) {
                throw new ManifestException(manifestFile, "document '" + e.file() + "' is outside the leaflet's folder");
            }
            if (!Files.isRegularFile(file)) {
                throw new ManifestException(manifestFile, "lists '" + e.file() + "', which does not exist; "
                        + "fix the name or add the file");
            }
            if (!insideRoot(file, folder.toRealPath().getParent())) {
                throw new ManifestException(manifestFile, "lists '" + e.file() + "', a link to " + file.toRealPath()
                        + " outside the sources folder; leafpress does not follow it. Copy the file in instead");
            }
            String language = e.language().isEmpty() ? languageOfFolder(folder, file) : e.language();
            if (language.isEmpty()) {
                throw new ManifestException(manifestFile, "'" + e.file() + "' has no language: add 'language: xx' "
                        + "or put it in a <xx>/ folder");
            }
            Optional<Charset> charset = e.charset().isEmpty() ? Optional.empty() : Optional.of(Charset.forName(e.charset()));
            out.add(new SourceDocument(file, shown(file), language, roleOf(e.role(), language, manifest), charset));
        }
        for (SourceDocument unlisted : documentsInLanguageFolders(folder, new ArrayList<>())) {
            if (out.stream().noneMatch(d -> d.file().equals(unlisted.file()))) {
                inferences.add(new Warning(WarningCode.UNLISTED_DOCUMENT, "not listed in " + MANIFEST + ", so not built; "
                        + "add it under documents: to publish it", unlisted.shown()));
            }
        }
        return out;
    }

    private static DocumentRole roleOf(DocumentRole declared, String language, Manifest manifest) {
        if (declared == DocumentRole.TRANSLATION) return declared;
        return !manifest.sourceLanguage().isEmpty() && !manifest.sourceLanguage().equals(language)
                ? DocumentRole.TRANSLATION : DocumentRole.ORIGINAL;
    }

    private List<SourceDocument> documentsInLanguageFolders(Path folder, List<Warning> inferences) throws IOException {
        List<SourceDocument> out = new ArrayList<>();
        Path root = folder.toRealPath().getParent();
        for (Path langFolder : childrenOf(folder)) {
            String folderName = langFolder.getFileName().toString();
            if (!Files.isDirectory(langFolder) || folderName.startsWith(".")) continue;
            String lang = languageOfFolderName(folderName);
            if (lang.isEmpty()) {
                inferences.add(new Warning(WarningCode.NOT_A_LANGUAGE_FOLDER, "'" + folderName + "' is not a two-letter "
                        + "language code (en, fr, or with a region: fr-CA); this folder is skipped", shown(langFolder)));
                continue;
            }
            if (!insideRoot(langFolder, root)) {
                inferences.add(linkSkipped(langFolder));
                continue;
            }
            for (Path file : childrenOf(langFolder)) {
                String name = file.getFileName().toString();
                if (!Files.isRegularFile(file) || name.startsWith(".") || name.equals("translation.lock")) continue;
                if (!insideRoot(file, root)) {
                    inferences.add(linkSkipped(file));
                    continue;
                }
                if (!READABLE.contains(extensionOf(name))) {
                    inferences.add(new Warning(WarningCode.UNREADABLE_TYPE, "leafpress reads " + String.join(", ", READABLE)
                            + "; this file is skipped", shown(file)));
                    continue;
                }
                out.add(new SourceDocument(file, shown(file), lang, DocumentRole.ORIGINAL, Optional.empty()));
            }
        }
        return out;
    }

    /** Without a manifest: English if present, else the language with the most bytes of source. */
    private static String inferSourceLanguage(List<SourceDocument> documents) throws IOException {
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (SourceDocument d : documents) sizes.merge(d.language(), Files.size(d.file()), Long::sum);
        if (sizes.containsKey("en")) return "en";
        return sizes.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse("en");
    }

    private static String languageOfFolder(Path leafletFolder, Path file) {
        Path rel = leafletFolder.relativize(file);
        String first = rel.getNameCount() > 1 ? rel.getName(0).toString() : "";
        return languageOfFolderName(first);
    }

    /**
     * The language a folder's name gives, as a BCP 47 tag read in any case: {@code FR} and
     * {@code fr-CA} are French (the region is not yet published apart); anything else is none.
     */
    static String languageOfFolderName(String name) {
        if (!name.matches("(?i)[a-z]{2}(-([a-z]{2}|[0-9]{3}))?")) return "";
        return name.substring(0, 2).toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether {@code path}, links followed, stays inside the real sources folder {@code root}. */
    static boolean insideRoot(Path path, Path root) throws IOException {
        return path.toRealPath().startsWith(root);
    }

    private static Warning linkSkipped(Path link) throws IOException {
        return new Warning(WarningCode.LINK_OUTSIDE_SOURCES, "a link to " + link.toRealPath() + ", outside the sources "
                + "folder: not followed, so not published; copy it into the sources folder", shown(link));
    }

    static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private static List<Path> childrenOf(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    /** A path as reports show it: relative to the working folder when inside it, with forward slashes. */
    public static String shown(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        Path p = abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
        return p.toString().replace('\\', '/');
    }
}
