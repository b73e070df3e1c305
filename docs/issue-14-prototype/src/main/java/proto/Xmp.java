package proto;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * XMP the way leafpress's PdfFinisher writes it (everything from the document information, dates
 * fixed), plus the identification a standard asks for: pdfuaid:part 1 (PDF/UA-1) and/or
 * pdfxid:GTS_PDFXVersion (PDF/X-4). PdfFinisher today REPLACES the XMP: run on openhtmltopdf's
 * output it would drop pdfuaid:part and veraPDF fails rule 5-1; it must write it itself, like this.
 */
public final class Xmp {

    public static final String PDFUA_NS = "http://www.aiim.org/pdfua/ns/id/";
    public static final String PDFX_NS = "http://www.npes.org/pdfx/ns/id/";

    public static Calendar calendar(long epochMillis) {
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        c.setTimeInMillis(epochMillis);
        return c;
    }

    /** Sets Info dates and writes XMP; {@code pdfua} adds pdfuaid:part=1, {@code pdfx} (e.g. "PDF/X-4") adds pdfxid. */
    public static void write(PDDocument document, long epochMillis, boolean pdfua, String pdfx) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        info.setCreationDate(calendar(epochMillis));
        info.setModificationDate(calendar(epochMillis));
        info.setCreator("leafpress");
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setFormat("application/pdf");
        if (has(info.getTitle())) dc.setTitle(info.getTitle());
        if (has(info.getAuthor())) dc.addCreator(info.getAuthor());
        if (has(info.getSubject())) dc.setDescription(info.getSubject());
        if (has(info.getKeywords())) for (String k : info.getKeywords().split(",")) if (has(k)) dc.addSubject(k.strip());
        if (has(catalog.getLanguage())) dc.addLanguage(catalog.getLanguage());
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        if (has(info.getKeywords())) pdf.setKeywords(info.getKeywords());
        if (has(info.getProducer())) pdf.setProducer(info.getProducer());
        if (pdfx != null) pdf.setTextPropertyValue("Trapped", info.getTrapped() == null ? "False" : info.getTrapped());
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(info.getCreator());
        basic.setCreateDate(calendar(epochMillis));
        basic.setModifyDate(calendar(epochMillis));
        basic.setMetadataDate(calendar(epochMillis));
        if (pdfua) {
            XMPSchema ua = new XMPSchema(xmp, PDFUA_NS, "pdfuaid");
            ua.setIntegerPropertyValue("part", 1);
            xmp.addSchema(ua);
        }
        if (pdfx != null) {
            // PDF/X-4 wants the XMP Media Management identifiers too; derived, not random, to stay reproducible.
            var mm = xmp.createAndAddXMPMediaManagementSchema();
            String seed = info.getTitle() + "|" + epochMillis + "|" + pdfx;
            mm.setDocumentID("uuid:" + java.util.UUID.nameUUIDFromBytes(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            mm.setVersionID("1");
            mm.setRenditionClass("default");
            XMPSchema x = new XMPSchema(xmp, PDFX_NS, "pdfxid");
            x.setTextPropertyValue("GTS_PDFXVersion", pdfx);
            xmp.addSchema(x);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IOException(e);
        }
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(out.toByteArray());
        catalog.setMetadata(metadata);
    }

    private static boolean has(String s) {
        return s != null && !s.isBlank();
    }
}
