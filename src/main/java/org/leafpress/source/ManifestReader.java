package org.leafpress.source;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leafpress.model.Edition;
import org.leafpress.model.PrintOptions;

/** Reads {@code leaflet.yaml}. */
public final class ManifestReader {

    /** The fields a manifest may have, in the order messages list them. */
    private static final List<String> KNOWN_FIELDS = List.of("title", "sourceLanguage", "edition", "publisher",
            "partners", "documents", "drafts", "reviewed", "pins", "partial", "pageSize", "print", "titles", "editionLabels", "id");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    /** The manifest in {@code file}. */
    public Manifest read(Path file) throws ManifestException {
        JsonNode root;
        try {
            root = yaml.readTree(Files.readString(file));
        } catch (JacksonException e) {
            throw new ManifestException(file, "not valid YAML (" + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + "); fix the line or compare with the README's example");
        } catch (IOException e) {
            throw new ManifestException(file, "cannot be read (" + e.getMessage() + ")");
        }
        if (root == null || root.isMissingNode() || root.isNull()) return Manifest.NONE;
        if (!root.isObject()) {
            throw new ManifestException(file, "must be a mapping of fields (title:, sourceLanguage:, documents: ...)");
        }
        List<String> unknown = new ArrayList<>();
        root.fieldNames().forEachRemaining(f -> {
            if (!KNOWN_FIELDS.contains(f)) unknown.add(f);
        });
        if (!unknown.isEmpty()) {
            throw new ManifestException(file, "unknown field(s) " + unknown + "; known fields are " + String.join(", ", KNOWN_FIELDS));
        }
        JsonNode edition = root.path("edition");
        return new Manifest(
                text(root, "title"),
                language(file, text(root, "sourceLanguage")),
                new Edition(text(edition, "label"), text(edition, "date")),
                text(root, "reviewed"),
                text(root, "publisher"),
                strings(root.path("partners")),
                entries(file, root.path("documents")),
                strings(root.path("drafts")),
                pins(file, root.path("pins")),
                fallBackToSource(file, text(root, "partial")),
                new PrintOptions(text(root, "pageSize"), root.path("print").path("bleed").asBoolean(false),
                        root.path("print").path("booklet").asBoolean(false)),
                byLanguage(file, root.path("titles")),
                byLanguage(file, root.path("editionLabels")));
    }

    private static List<Manifest.Entry> entries(Path file, JsonNode list) throws ManifestException {
        List<Manifest.Entry> out = new ArrayList<>();
        for (JsonNode d : list) {
            String name = text(d, "file");
            if (name.isEmpty()) throw new ManifestException(file, "a document has no 'file:'");
            if (name.contains("..") || name.startsWith("/")) {
                throw new ManifestException(file, "document '" + name + "' must be inside the leaflet's folder");
            }
            String charset = text(d, "charset");
            if (!charset.isEmpty()) {
                try {
                    Charset.forName(charset);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new ManifestException(file, "document '" + name + "': unknown charset '" + charset
                            + "'; use a name such as UTF-8 or windows-1252");
                }
            }
            out.add(new Manifest.Entry(name, language(file, text(d, "language")), DocumentRole.parse(text(d, "role")), charset));
        }
        return out;
    }

    /** A mapping from two-letter language codes to text, such as {@code titles: {fr: "…"}}. */
    private static Map<String, String> byLanguage(Path file, JsonNode node) throws ManifestException {
        Map<String, String> out = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) return out;
        if (!node.isObject()) throw new ManifestException(file, "expected a mapping of languages, e.g. {fr: \"…\"}");
        var fields = node.fields();
        while (fields.hasNext()) {
            var f = fields.next();
            out.put(language(file, f.getKey()), f.getValue().asText().strip());
        }
        return out;
    }

    private static boolean fallBackToSource(Path file, String partial) throws ManifestException {
        return switch (partial) {
            case "", "omit" -> false;
            case "fallback" -> true;
            default -> throw new ManifestException(file, "partial: '" + partial + "' is neither omit (leave a "
                    + "translation's missing sections out, with a notice) nor fallback (show them in the source language)");
        };
    }

    private static List<SectionPin> pins(Path file, JsonNode node) throws ManifestException {
        List<SectionPin> pins = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) return pins;
        if (!node.isObject()) {
            throw new ManifestException(file, "pins: must map a document (fr/x.txt) or paragraph (fr/x.txt#3) to a "
                    + "section key, e.g. pins: {\"fr/x.txt\": treatment}");
        }
        var fields = node.fields();
        while (fields.hasNext()) {
            var pin = fields.next();
            try {
                pins.add(SectionPin.parse(pin.getKey(), pin.getValue().asText()));
            } catch (IllegalArgumentException e) {
                throw new ManifestException(file, e.getMessage());
            }
        }
        return pins;
    }

    private static String language(Path file, String code) throws ManifestException {
        if (!code.isEmpty() && !code.matches("[a-z]{2}")) {
            throw new ManifestException(file, "language '" + code + "' is not a two-letter ISO 639-1 code such as en or fr");
        }
        return code;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isValueNode() ? v.asText().strip() : "";
    }

    private static List<String> strings(JsonNode list) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : list) out.add(n.asText().strip());
        return out;
    }
}
