package org.leafpress.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.leafpress.model.SourceRef;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/** Reads web pages and word-processor documents (.html, .htm, .docx, .odt) into lines with roles. */
public final class MarkupReader implements DocumentReader {

    /** What the document's own properties say, under the names leafpress uses. */
    private static final Map<String, Property> METADATA = Map.of(
            "title", TikaCoreProperties.TITLE,
            "author", TikaCoreProperties.CREATOR,
            "language", TikaCoreProperties.LANGUAGE,
            "created", TikaCoreProperties.CREATED,
            "modified", TikaCoreProperties.MODIFIED);

    /** Leaves embedded files (pictures, attachments) unread: a leaflet's words are in the document itself. */
    private static final EmbeddedDocumentExtractor NO_EMBEDDED_DOCUMENTS = new EmbeddedDocumentExtractor() {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never asked: shouldParseEmbedded says no
        }
    };

    private final Parser parser;

    /** A reader with Tika's default configuration. */
    public MarkupReader() {
        this(new AutoDetectParser());
    }

    MarkupReader(Parser parser) {
        this.parser = parser;
    }

    @Override
    public ExtractedDocument read(Path file, SourceRef source, Optional<Charset> declaredCharset)
            throws SourceUnreadableException {
        return read(file, source, SourceBytes.of(file));
    }

    /** Reads bytes already taken from {@code file}, so that they are the ones the source's hash is of. */
    ExtractedDocument read(Path file, SourceRef source, byte[] bytes) throws SourceUnreadableException {
        MarkupLines lines = new MarkupLines();
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        ParseContext context = new ParseContext();
        // Tika's default mapper keeps only HTML 4 elements: figcaption, aside and nav would lose
        // their tags and run into the text around them.
        context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
        // Tika would parse a document's pictures too, and announce each under an <h1> of its file
        // name ("image1.png"), which would read as a heading.
        context.set(EmbeddedDocumentExtractor.class, NO_EMBEDDED_DOCUMENTS);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, lines, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new SourceUnreadableException(file, "the document is password-protected; save a copy without "
                    + "a password and use that");
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            // Parsers of office formats fail in their own ways (POI throws unchecked exceptions on
            // broken files); every one of them means the same to an editor.
            throw new SourceUnreadableException(file, "the document is damaged or incomplete (" + reasonOf(e)
                    + "); open it in the word processor or browser and save it again", e);
        }
        return new ExtractedDocument(file, source, ExtractedDocument.Kind.MARKUP, lines.lines(), metadataOf(metadata),
                List.of());
    }

    private static Map<String, String> metadataOf(Metadata tika) {
        Map<String, String> known = new LinkedHashMap<>();
        METADATA.forEach((name, property) -> {
            String value = tika.get(property);
            if (value != null && !value.isBlank()) known.put(name, value.strip());
        });
        // An HTML page states its language in <html lang>, which Tika reports under its HTTP name.
        if (!known.containsKey("language") && tika.get("Content-Language") != null) {
            known.put("language", tika.get("Content-Language").strip());
        }
        return known;
    }

    private static String reasonOf(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message.strip().replaceAll("\\.$", "");
    }
}
