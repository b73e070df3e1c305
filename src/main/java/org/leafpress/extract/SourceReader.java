package org.leafpress.extract;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.leafpress.model.SourceRef;
import org.leafpress.model.Warning;
import org.leafpress.model.WarningCode;

/**
 * Reads any source file: finds what it really is (by its bytes, not only its name) and hands it
 * to the reader for that format. The entry point of the extract stage. Sources are only read,
 * never written.
 */
public final class SourceReader {

    /** The largest source read by default: a leaflet's PDF with its images is a few MB. */
    public static final long DEFAULT_SIZE_LIMIT = 50L * 1024 * 1024;

    private static final String SUPPORTED = "leafpress reads PDF (.pdf), text (.txt, .md), web pages (.html, .htm) "
            + "and word-processor documents (.docx, .odt)";

    private final DocumentReader pdfReader;
    private final PlainTextReader textReader = new PlainTextReader();
    private volatile MarkupReader markupReader;
    private final FileTypeDetector types;
    private final long sizeLimit;

    /** A reader that hands PDFs to {@code pdfReader} and reads the other formats itself. */
    public SourceReader(DocumentReader pdfReader) {
        this(pdfReader, DEFAULT_SIZE_LIMIT);
    }

    /** The same, refusing files over {@code sizeLimit} bytes. */
    public SourceReader(DocumentReader pdfReader, long sizeLimit) {
        this.pdfReader = pdfReader;
        // Tika's detectors alone start in a fraction of the time its parsers take (POI is heavy).
        this.types = new FileTypeDetector(new DefaultDetector());
        this.sizeLimit = sizeLimit;
    }

    /** Reads {@code file}; a text file is decoded by its bytes. */
    public ExtractedDocument read(Path file) throws SourceUnreadableException {
        return read(file, Optional.empty());
    }

    /**
     * Reads {@code file}. {@code declaredCharset}, the manifest's word on a text file's charset,
     * wins over detection.
     *
     * @throws SourceUnreadableException when the file cannot be read; its message names the file,
     *     says what is wrong and what to do
     */
    public ExtractedDocument read(Path file, Optional<Charset> declaredCharset) throws SourceUnreadableException {
        byte[] bytes = SourceBytes.of(file, sizeLimit);
        FileType type = types.typeOf(bytes, file.getFileName().toString());
        Format format = type.format();
        if (format == Format.UNSUPPORTED) throw unsupported(file, type);

        SourceRef source = new SourceRef(file.toString(), type.actual().toString(), sha256Of(bytes));
        ExtractedDocument document = switch (format) {
            case PDF -> {
                PdfIntegrity.check(file, bytes);
                yield pdfReader.read(file, source, declaredCharset);
            }
            case TEXT -> textReader.read(file, source, bytes, declaredCharset);
            case MARKUP -> markupReader().read(file, source, bytes);
            case UNSUPPORTED -> throw unsupported(file, type);
        };
        return type.isMislabelled() ? withWarning(document, mislabelled(file, type)) : document;
    }

    /** Tika's parsers, loaded on the first HTML, DOCX or ODT source: most builds never need them. */
    private MarkupReader markupReader() {
        MarkupReader reader = markupReader;
        if (reader == null) {
            synchronized (this) {
                if (markupReader == null) markupReader = new MarkupReader(new AutoDetectParser(TikaConfig.getDefaultConfig()));
                reader = markupReader;
            }
        }
        return reader;
    }

    private static SourceUnreadableException unsupported(Path file, FileType type) {
        MediaType actual = type.actual();
        if (type.claimedFormat() == Format.UNSUPPORTED) {
            return new SourceUnreadableException(file, "leafpress cannot read this format (" + actual + "); "
                    + SUPPORTED + ": save or export it as one of those");
        }
        // The name promises a format we read; the bytes are something else.
        String looksLike = actual.equals(MediaType.OCTET_STREAM) ? "binary data" : actual.toString();
        return new SourceUnreadableException(file, "this is not " + Format.describe(type.claimed()) + " (looks like "
                + looksLike + "); check that this is the file you meant, and export it again");
    }

    private static Warning mislabelled(Path file, FileType type) {
        return new Warning(WarningCode.MISLABELLED, "the file's name says " + Format.describe(type.claimed()) + " ("
                + type.claimed() + ") but it is " + Format.describe(type.actual()) + " (" + type.actual()
                + "); it was read as what it is. Rename it to match", file.toString());
    }

    private static ExtractedDocument withWarning(ExtractedDocument document, Warning warning) {
        List<Warning> warnings = new ArrayList<>(document.warnings());
        warnings.add(0, warning);
        return new ExtractedDocument(document.file(), document.source(), document.kind(), document.lines(),
                document.metadata(), warnings);
    }

    private static String sha256Of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256.
            throw new IllegalStateException(e);
        }
    }
}
