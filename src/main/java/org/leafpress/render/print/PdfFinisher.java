package org.leafpress.render.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collections;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;
import org.leafpress.render.BuildTimestamp;
import org.leafpress.render.RenderException;

/**
 * Finishes a PDF with PDFBox so that it is complete and byte-reproducible. OpenPDF writes the clock
 * into its dates, a random {@code /ID}, random font-subset prefixes ({@code ABCDEF+Carlito}) and
 * no XMP. The finisher dates the file at a given instant, writes XMP metadata that says what the
 * document information says (title, author, subject, keywords, language, dates, tools), opens
 * the bookmarks when there are any, names each subset after a hash of its own glyphs, and derives
 * the {@code /ID} from a hash of the finished file, so equal content gives equal bytes.
 */
public final class PdfFinisher {

    /** What leafpress calls itself in the PDF's Creator and XMP CreatorTool. */
    static final String CREATOR = "leafpress";

    private static final int PREFIX_LENGTH = 6;

    /** A change made to the document before it is finished (page boxes, crop marks). */
    @FunctionalInterface
    interface Step {
        void apply(PDDocument document) throws IOException;
    }

    private final Instant timestamp;

    /** A finisher that dates every PDF at {@code timestamp} (see {@link BuildTimestamp}). */
    public PdfFinisher(Instant timestamp) {
        this.timestamp = timestamp;
    }

    /** {@code pdf} with fixed dates, XMP, hash-derived subset prefixes and a content-derived {@code /ID}. */
    public byte[] finish(byte[] pdf) {
        return finish(pdf, document -> { });
    }

    /** {@code pdf} changed by {@code step}, then finished. */
    byte[] finish(byte[] pdf, Step step) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            step.apply(document);
            return finish(document);
        } catch (IOException e) {
            throw new RenderException("PDF", "the rendered PDF cannot be finished: " + e.getMessage(), e);
        }
    }

    /** {@code document} finished and saved; the caller still closes it. */
    byte[] finish(PDDocument document) throws IOException {
        document.getDocumentInformation().setCreator(CREATOR);
        date(document);
        writeXmp(document);
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        if (catalog.getDocumentOutline() != null && catalog.getDocumentOutline().getFirstChild() != null) {
            catalog.setPageMode(PageMode.USE_OUTLINES);
        }
        renameSubsets(document);
        // Saved with a blank /ID (so the hash does not depend on the random one); the hash of that
        // file is then written over the blank, which has the same length.
        setId(document, new byte[16]);
        byte[] draft = save(document);
        byte[] id = Arrays.copyOf(sha256(draft), 16);
        if (replaceBlankId(draft, id)) return draft;
        setId(document, id);
        return save(document);
    }

    private static final byte[] BLANK_ID = ("<" + "0".repeat(32) + ">").getBytes(StandardCharsets.US_ASCII);

    /** Writes {@code id} over the blank {@code /ID} pair in {@code pdf}; false if it is not there exactly twice. */
    private static boolean replaceBlankId(byte[] pdf, byte[] id) {
        int[] at = new int[3];
        int found = 0;
        for (int i = 0; i + BLANK_ID.length <= pdf.length && found < 3; i++) {
            if (pdf[i] == '<' && Arrays.equals(pdf, i, i + BLANK_ID.length, BLANK_ID, 0, BLANK_ID.length)) {
                at[found++] = i;
                i += BLANK_ID.length - 1;
            }
        }
        if (found != 2) return false;
        byte[] hex = ("<" + HexFormat.of().withUpperCase().formatHex(id) + ">").getBytes(StandardCharsets.US_ASCII);
        for (int k = 0; k < 2; k++) System.arraycopy(hex, 0, pdf, at[k], hex.length);
        return true;
    }

    private Calendar calendar() {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTimeInMillis(timestamp.toEpochMilli());
        return calendar;
    }

    private void date(PDDocument document) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setCreationDate(calendar());
        info.setModificationDate(calendar());
    }

    /**
     * XMP that agrees with the document information: dc:title, dc:creator, dc:description,
     * dc:subject (the keywords), dc:language, pdf:Keywords, pdf:Producer, xmp:CreatorTool and
     * the dates. Any XMP the document had (its dates would be the clock's) is replaced.
     */
    private void writeXmp(PDDocument document) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setFormat("application/pdf");
        if (hasText(info.getTitle())) dc.setTitle(info.getTitle());
        if (hasText(info.getAuthor())) dc.addCreator(info.getAuthor());
        if (hasText(info.getSubject())) dc.setDescription(info.getSubject());
        if (hasText(info.getKeywords())) {
            for (String keyword : info.getKeywords().split(",")) {
                if (hasText(keyword)) dc.addSubject(keyword.strip());
            }
        }
        if (hasText(catalog.getLanguage())) dc.addLanguage(catalog.getLanguage());
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        if (hasText(info.getKeywords())) pdf.setKeywords(info.getKeywords());
        if (hasText(info.getProducer())) pdf.setProducer(info.getProducer());
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(info.getCreator());
        basic.setCreateDate(calendar());
        basic.setModifyDate(calendar());
        basic.setMetadataDate(calendar());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IOException("the XMP metadata cannot be written: " + e.getMessage(), e);
        }
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(out.toByteArray());
        catalog.setMetadata(metadata);
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    private static void renameSubsets(PDDocument document) throws IOException {
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PDPage page : document.getPages()) {
            // getResources() also finds resources a page inherits from the page tree.
            renameSubsetsIn(page.getResources().getCOSObject(), seen);
        }
    }

    private static void renameSubsetsIn(COSDictionary resources, Set<COSDictionary> seen) throws IOException {
        if (resources == null || !seen.add(resources)) return;
        COSDictionary fonts = resources.getCOSDictionary(COSName.FONT);
        if (fonts != null) {
            for (COSName name : fonts.keySet()) {
                if (fonts.getDictionaryObject(name) instanceof COSDictionary font) renameSubset(font, seen);
            }
        }
        // Form XObjects carry resources of their own.
        COSDictionary xObjects = resources.getCOSDictionary(COSName.XOBJECT);
        if (xObjects != null) {
            for (COSName name : xObjects.keySet()) {
                if (xObjects.getDictionaryObject(name) instanceof COSStream form) {
                    renameSubsetsIn(form.getCOSDictionary(COSName.RESOURCES), seen);
                }
            }
        }
    }

    /** A Type 0 font names its subset three times: its own BaseFont, its descendant's, the descriptor's. */
    private static void renameSubset(COSDictionary font, Set<COSDictionary> seen) throws IOException {
        if (!seen.add(font)) return;
        COSDictionary descriptor = font.getCOSDictionary(COSName.FONT_DESC);
        COSArray descendants = font.getCOSArray(COSName.DESCENDANT_FONTS);
        if (descriptor == null && descendants != null && descendants.getObject(0) instanceof COSDictionary d) {
            descriptor = d.getCOSDictionary(COSName.FONT_DESC);
        }
        String baseFont = font.getNameAsString(COSName.BASE_FONT);
        if (descriptor == null || baseFont == null || !isSubsetName(baseFont)) return;
        String prefix = prefixFor(fontFileOf(descriptor), baseFont.substring(PREFIX_LENGTH + 1));
        rename(font, COSName.BASE_FONT, prefix);
        if (descendants != null) {
            for (int i = 0; i < descendants.size(); i++) {
                if (descendants.getObject(i) instanceof COSDictionary descendant) {
                    rename(descendant, COSName.BASE_FONT, prefix);
                }
            }
        }
        rename(descriptor, COSName.FONT_NAME, prefix);
    }

    private static boolean isSubsetName(String name) {
        return name.length() > PREFIX_LENGTH + 1 && name.charAt(PREFIX_LENGTH) == '+'
                && name.substring(0, PREFIX_LENGTH).chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    private static void rename(COSDictionary dictionary, COSName key, String prefix) {
        String name = dictionary.getNameAsString(key);
        if (name != null && isSubsetName(name)) {
            dictionary.setName(key, prefix + name.substring(PREFIX_LENGTH));
        }
    }

    private static byte[] fontFileOf(COSDictionary descriptor) throws IOException {
        for (COSName key : new COSName[] {COSName.FONT_FILE2, COSName.FONT_FILE3, COSName.FONT_FILE}) {
            if (descriptor.getDictionaryObject(key) instanceof COSStream stream) {
                try (InputStream in = stream.createInputStream()) {
                    return in.readAllBytes();
                }
            }
        }
        return new byte[0];
    }

    /** Six capitals, as the PDF spec asks, from the subset's glyph data and the font's name. */
    private static String prefixFor(byte[] fontFile, String fontName) {
        MessageDigest digest = sha256();
        digest.update(fontFile);
        digest.update(fontName.getBytes(StandardCharsets.UTF_8));
        byte[] hash = digest.digest();
        StringBuilder prefix = new StringBuilder(PREFIX_LENGTH);
        for (int i = 0; i < PREFIX_LENGTH; i++) prefix.append((char) ('A' + Math.floorMod(hash[i], 26)));
        return prefix.toString();
    }

    private static void setId(PDDocument document, byte[] id) {
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    private static byte[] sha256(byte[] bytes) {
        return sha256().digest(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
