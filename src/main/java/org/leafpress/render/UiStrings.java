package org.leafpress.render;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.leafpress.model.Warning;
import org.leafpress.model.WarningCode;

/**
 * The words of the page furniture (Contents, Glossary, Download the PDF…) in every language, read
 * from {@code templates/i18n/<lang>.properties} (UTF-8). English is complete; any other language
 * may lack keys, which then fall back to English with a warning.
 */
public final class UiStrings {

    /** The language every other falls back to. */
    public static final String FALLBACK = "en";

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]+)*");

    private final Path folder;
    private final Map<String, LocalStrings> cache = new ConcurrentHashMap<>();

    private UiStrings(Path folder) {
        this.folder = folder;
    }

    /** The strings in {@code folder} (the project's {@code templates/i18n/}). */
    public static UiStrings in(Path folder) {
        UiStrings strings = new UiStrings(folder);
        if (!Files.isRegularFile(strings.fileOf(FALLBACK))) {
            throw new RenderException(strings.fileOf(FALLBACK).toString(),
                    "the English UI strings are missing; every other language falls back to them", null);
        }
        return strings;
    }

    /** The folder the strings are read from. */
    public Path folder() {
        return folder;
    }

    /** The strings of {@code language}, completed from English, with a warning for each key it lacks. */
    public LocalStrings in(String language) {
        return cache.computeIfAbsent(language, this::resolve);
    }

    private LocalStrings resolve(String language) {
        Map<String, String> english = read(fileOf(FALLBACK));
        Optional<Path> found = fileFor(language);
        if (found.isEmpty()) {
            return new LocalStrings(language, english, List.of(new Warning(WarningCode.UI_STRINGS_MISSING,
                    "no UI strings for '" + language + "'; the page furniture is in English until someone adds "
                            + fileOf(primaryOf(language)).getFileName(), folder.toString())));
        }
        Path file = found.get();
        if (file.equals(fileOf(FALLBACK))) return new LocalStrings(language, english, List.of());
        Map<String, String> local = read(file);
        Map<String, String> merged = new TreeMap<>(english);
        merged.putAll(local);
        List<Warning> warnings = new ArrayList<>();
        for (String key : english.keySet()) {
            if (!local.containsKey(key)) {
                warnings.add(new Warning(WarningCode.UI_STRING_MISSING, "UI string '" + key + "' has no " + language
                        + " wording; the English one is used", file.toString()));
            }
        }
        return new LocalStrings(language, merged, warnings);
    }

    /** {@code en-GB.properties} if there is one, else {@code en.properties}: a region shares its language's words. */
    private Optional<Path> fileFor(String language) {
        if (!LANGUAGE.matcher(language).matches()) return Optional.empty();
        return Stream.of(language, primaryOf(language))
                .map(this::fileOf)
                .filter(Files::isRegularFile)
                .findFirst();
    }

    private Path fileOf(String language) {
        return folder.resolve(language + ".properties");
    }

    private static String primaryOf(String language) {
        int dash = language.indexOf('-');
        return dash < 0 ? language : language.substring(0, dash);
    }

    // A TreeMap so that warnings come out in the same order on every run.
    private static Map<String, String> read(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new RenderException(file.toString(), "the UI strings cannot be read as UTF-8 properties: "
                    + e.getMessage(), e);
        }
        Map<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
        return values;
    }
}
