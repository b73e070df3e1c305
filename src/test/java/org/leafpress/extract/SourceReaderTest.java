package org.leafpress.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leafpress.model.SourceRef;
import org.leafpress.model.Warning;
import org.leafpress.model.WarningCode;

/** Good and broken sources, the broken ones made from the seeds' real bytes. */
class SourceReaderTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final Path SEED_PDF = FIXTURES.resolve("nemo-deficiency-syndrome.en.pdf");
    private static final String FRENCH = "L’œuvre du cœur : un traitement précoce compte.\r\n\r\nÇa coûte – peu.\r\n";

    @TempDir Path dir;

    /** Stands in for the PDF layout reader: remembers what it was asked to read. */
    private final List<SourceRef> pdfsRead = new ArrayList<>();
    private SourceReader reader;

    @BeforeEach
    void readerWithARecordingPdfReader() {
        reader = new SourceReader((file, source, charset) -> {
            pdfsRead.add(source);
            return new ExtractedDocument(file, source, ExtractedDocument.Kind.PDF_LAYOUT, List.of(), Map.of(), List.of());
        });
    }

    @Test
    void pdfGoesToThePdfReaderWithItsPathMediaTypeAndHash() throws Exception {
        Path pdf = copyOfSeed("leaflet.pdf");
        ExtractedDocument document = reader.read(pdf);
        SourceRef expected = new SourceRef(pdf.toString(), "application/pdf", sha256(Files.readAllBytes(pdf)));
        assertEquals(List.of(expected), pdfsRead);
        assertEquals(expected, document.source());
        assertEquals(List.of(), document.warnings());
    }

    @Test
    void pdfNamedTxtIsReadAsPdfWithAMislabelledWarning() throws Exception {
        ExtractedDocument document = reader.read(copyOfSeed("leaflet.txt"));
        assertEquals("application/pdf", document.source().mediaType());
        assertEquals(1, pdfsRead.size());
        Warning warning = document.warnings().get(0);
        assertEquals(WarningCode.MISLABELLED, warning.code());
        assertTrue(warning.message().contains("name says text") && warning.message().contains("it is a PDF"),
                warning.message());
        assertEquals(dir.resolve("leaflet.txt").toString(), warning.where());
    }

    @Test
    void textNamedPdfIsReadAsTextWithAMislabelledWarning() throws Exception {
        Path file = write("leaflet.pdf", "Text that was saved under the wrong name.\n".getBytes(StandardCharsets.UTF_8));
        ExtractedDocument document = reader.read(file);
        assertEquals(ExtractedDocument.Kind.PLAIN_TEXT, document.kind());
        assertEquals(WarningCode.MISLABELLED, document.warnings().get(0).code());
        assertEquals(List.of(), pdfsRead);
    }

    @Test
    void wordDocumentNamedOdtIsReadWithAMislabelledWarning() throws Exception {
        Path file = Files.copy(FIXTURES.resolve("hay-fever.en.docx"), dir.resolve("hay-fever.odt"));
        ExtractedDocument document = reader.read(file);
        assertEquals(ExtractedDocument.Kind.MARKUP, document.kind());
        assertTrue(document.warnings().get(0).message().startsWith("the file's name says an OpenDocument text "
                + "(application/vnd.oasis.opendocument.text) but it is a Word document"), document.warnings().toString());
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        assertRefused(write("traitement.txt", new byte[0]), "traitement.txt: the file is empty; ");
    }

    @Test
    void pngBytesNamedTxtAreNotText() throws Exception {
        assertRefused(write("x.txt", pngBytes()), "x.txt: this is not text (looks like image/png); ");
    }

    @Test
    void randomBytesNamedTxtAreNotText() throws Exception {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        assertRefused(write("x.txt", noise), "x.txt: this is not text (looks like binary data); ");
    }

    @Test
    void pdfCutInHalfIsDamaged() throws Exception {
        byte[] seed = Files.readAllBytes(SEED_PDF);
        Path half = write("half.pdf", Arrays.copyOf(seed, seed.length / 2));
        String message = assertRefused(half, "half.pdf: the PDF is damaged or incomplete (");
        assertTrue(message.endsWith("export it again from the design program, or copy it again if it came by e-mail "
                + "or download"), message);
    }

    @Test
    void pdfCutJustBeforeItsEndIsDamagedThoughPdfBoxWouldOpenIt() throws Exception {
        byte[] seed = Files.readAllBytes(SEED_PDF);
        byte[] cut = Arrays.copyOf(seed, seed.length * 995 / 1000);
        try (PDDocument mended = Loader.loadPDF(cut)) {
            assertEquals(8, mended.getNumberOfPages());
        }
        assertRefused(write("cut.pdf", cut), "cut.pdf: the PDF is damaged or incomplete (it stops before its end marker");
    }

    @Test
    void pdfWithAnOpeningPasswordIsRefused() throws Exception {
        Path locked = encryptedSeed("locked.pdf", "secret");
        assertRefused(locked, "locked.pdf: the PDF is password-protected; ");
        assertEquals(List.of(), pdfsRead);
    }

    @Test
    void pdfWithOnlyAnOwnerPasswordOpensAndIsRead() throws Exception {
        reader.read(encryptedSeed("restricted.pdf", ""));
        assertEquals(1, pdfsRead.size());
    }

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        Path big = dir.resolve("huge.pdf");
        // A sparse file: as large as the limit says, without writing 50 MB.
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(SourceReader.DEFAULT_SIZE_LIMIT + 1);
        }
        assertRefused(big, "huge.pdf: the file is too large (51 MB; the limit is 50 MB); ");
    }

    @Test
    void unsupportedFormatSaysWhatIsRead() throws Exception {
        String message = assertRefused(write("diagram.png", pngBytes()),
                "diagram.png: leafpress cannot read this format (image/png); ");
        assertTrue(message.contains(".docx"), message);
    }

    @Test
    void missingFileIsNamed() {
        assertRefused(dir.resolve("gone.txt"), "gone.txt: the file does not exist; ");
    }

    @Test
    void folderIsNotAFile() {
        assertRefused(dir, ": this is a folder, not a file; ");
    }

    @Test
    void truncatedDocxIsDamaged() throws Exception {
        byte[] docx = Files.readAllBytes(FIXTURES.resolve("hay-fever.en.docx"));
        assertRefused(write("leaflet.docx", Arrays.copyOf(docx, docx.length / 2)),
                "leaflet.docx: the document is damaged or incomplete (");
    }

    @Test
    void windows1252FrenchIsReadRightWithTheCharsetItAssumed() throws Exception {
        Path file = write("traitement.txt", FRENCH.getBytes(Charset.forName("windows-1252")));
        ExtractedDocument document = reader.read(file);
        assertEquals(List.of("L’œuvre du cœur : un traitement précoce compte.", "", "Ça coûte – peu."),
                document.lines().stream().map(TextLine::text).toList());
        Warning warning = document.warnings().get(0);
        assertEquals(WarningCode.CHARSET_ASSUMED, warning.code());
        assertTrue(warning.message().contains("read as windows-1252")
                && warning.message().contains("`charset: windows-1252`"), warning.message());
        assertEquals("windows-1252", document.metadata().get("charset"));
    }

    @Test
    void declaredCharsetWinsAndNeedsNoWarning() throws Exception {
        Path file = write("traitement.txt", FRENCH.getBytes(Charset.forName("windows-1252")));
        ExtractedDocument document = reader.read(file, Optional.of(Charset.forName("windows-1252")));
        assertEquals("L’œuvre du cœur : un traitement précoce compte.", document.lines().get(0).text());
        assertEquals(List.of(), document.warnings());
    }

    @Test
    void declaredCharsetTheBytesAreNotIsRefused() throws Exception {
        Path file = write("traitement.txt", FRENCH.getBytes(Charset.forName("windows-1252")));
        assertRefused(file, Optional.of(StandardCharsets.UTF_8),
                "traitement.txt: the text is not UTF-8 as leaflet.yaml declares (looks like windows-1252); ");
    }

    @Test
    void utf8WithByteOrderMarkIsReadWithoutTheMark() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = FRENCH.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(bom, bom.length + text.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);
        ExtractedDocument document = reader.read(write("traitement.txt", bytes));
        assertEquals("L’œuvre du cœur : un traitement précoce compte.", document.lines().get(0).text());
        assertEquals(List.of(), document.warnings());
        assertEquals("text/plain", document.source().mediaType());
    }

    @Test
    void markdownIsReadAsPlainText() throws Exception {
        ExtractedDocument document = reader.read(write("notes.md", "# Hay fever\n\nSneezing.\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ExtractedDocument.Kind.PLAIN_TEXT, document.kind());
        assertEquals("# Hay fever", document.lines().get(0).text());
    }

    @Test
    void webPageAndWordProcessorDocumentsGoToTheMarkupReader() throws Exception {
        for (String name : List.of("hay-fever.en.html", "hay-fever.en.docx", "hay-fever.en.odt")) {
            ExtractedDocument document = reader.read(FIXTURES.resolve(name));
            assertEquals(ExtractedDocument.Kind.MARKUP, document.kind(), name);
            assertEquals(TextLine.Role.HEADING_1, document.lines().get(0).role(), name);
        }
    }

    @Test
    void sourcesAreNeverWritten() throws Exception {
        Path pdf = copyOfSeed("leaflet.pdf");
        Path text = write("traitement.txt", FRENCH.getBytes(Charset.forName("windows-1252")));
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        for (Path file : List.of(pdf, text)) Files.setLastModifiedTime(file, old);
        byte[] pdfBefore = Files.readAllBytes(pdf);
        byte[] textBefore = Files.readAllBytes(text);

        reader.read(pdf);
        reader.read(text);

        assertArrayEquals(pdfBefore, Files.readAllBytes(pdf));
        assertArrayEquals(textBefore, Files.readAllBytes(text));
        for (Path file : List.of(pdf, text)) assertEquals(old, Files.getLastModifiedTime(file));
        try (var left = Files.list(dir)) {
            assertEquals(2, left.count(), "no file was added beside the sources");
        }
    }

    private String assertRefused(Path file, String expectedStart) {
        return assertRefused(file, Optional.empty(), expectedStart);
    }

    private String assertRefused(Path file, Optional<Charset> charset, String expectedStart) {
        SourceUnreadableException refused = assertThrows(SourceUnreadableException.class, () -> reader.read(file, charset));
        String message = refused.getMessage();
        assertTrue(message.startsWith(file.toString()) && message.contains(expectedStart), message);
        assertEquals(file, refused.file());
        assertFalse(message.contains("\tat "), "no stack trace in the message");
        return message;
    }

    private Path copyOfSeed(String name) throws IOException {
        return Files.copy(SEED_PDF, dir.resolve(name));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path encryptedSeed(String name, String userPassword) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument pdf = Loader.loadPDF(SEED_PDF.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(file.toFile());
        }
        return file;
    }

    private static byte[] pngBytes() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png);
        return png.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
