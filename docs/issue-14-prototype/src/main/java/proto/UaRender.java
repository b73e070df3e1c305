package proto;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The digital PDF as tagged PDF/UA-1: the leaflet's XHTML through openhtmltopdf 1.1.65 on PDFBox 3.0.8.
 *
 * <p>args: leaflet.xhtml out.pdf fontsDir [warmRuns] [pdfa]. With leaflet.n0.xhtml .. leaflet.n3.xhtml beside
 * leaflet.xhtml (XhtmlDump "all"), the Notes pages are chosen as PrintRenderer does: lay out with none, pad
 * to a multiple of 4.
 */
public final class UaRender {

    public static boolean ligatures = Boolean.getBoolean("proto.ligatures");
    static final long EDITION = java.time.Instant.parse("2019-02-01T00:00:00Z").toEpochMilli();

    /** A renderer for the XHTML, laid out; the caller closes it. */
    static PdfBoxRenderer layOut(String xhtml, String baseUri, Path fonts, boolean pdfa, List<Diagnostic> log) throws Exception {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);           // tags, /Lang from <html lang>, DisplayDocTitle, pdfuaid XMP
        if (pdfa) {
            // PDF/A-2a on top: needs an RGB output intent (icc-profiles-free's sRGB.icc, Zlib licence).
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
            builder.useColorProfile(Files.readAllBytes(Path.of("/usr/share/color/icc/sRGB.icc")));
        }
        // The document is ours, so that the fonts can go in with GSUB off: PDFBox 3 applies Carlito's
        // ligatures (fi, ff, ti ...) when it shows text, and writes no ToUnicode entry for a ligature
        // glyph (veraPDF 7.21.7-1; copied text reads "essen al"). openhtmltopdf measures without them.
        PDDocument doc = new PDDocument();
        builder.usePDDocument(doc);
        String[][] faces = {{"Carlito-Regular.ttf", "400", "NORMAL"}, {"Carlito-Italic.ttf", "400", "ITALIC"},
                {"Carlito-Bold.ttf", "700", "NORMAL"}, {"Carlito-BoldItalic.ttf", "700", "ITALIC"}};
        for (String[] face : faces) {
            Integer weight = Integer.valueOf(face[1]);
            FontStyle style = FontStyle.valueOf(face[2]);
            if (ligatures) {
                builder.useFont(fonts.resolve(face[0]).toFile(), "Carlito", weight, style, true);
            } else {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(fonts.resolve(face[0]).toFile()));
                ttf.setEnableGsub(false);
                builder.useFont(new PDFontSupplier(PDType0Font.load(doc, ttf, true)), "Carlito", weight, style, true);
            }
        }
        builder.withProducer("leafpress (openhtmltopdf 1.1.65, PDFBox 3.0.8)");
        builder.withDiagnosticConsumer(log::add);
        builder.withHtmlContent(xhtml, baseUri);
        PdfBoxRenderer renderer = builder.buildPdfRenderer();
        renderer.layout();
        return renderer;
    }

    static int pages(PdfBoxRenderer r) {
        return r.getRootBox().getLayer().getPages().size();
    }

    /** The finished PDF/UA file: rendered, XMP rewritten as leafpress's finisher would (keeping pdfuaid), saved. */
    static byte[] render(String xhtml, String baseUri, Path fonts, boolean pdfa, List<Diagnostic> log) throws Exception {
        try (PdfBoxRenderer renderer = layOut(xhtml, baseUri, fonts, pdfa, log);
             PDDocument doc = renderer.createPDFKeepOpen()) {
            if (!pdfa) Xmp.write(doc, EDITION, true, null);   // PDF/A's XMP (extension schemas) is left as openhtmltopdf wrote it
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    record Result(byte[] pdf, int pages, int notes) {}

    /** Notes pages as PrintRenderer picks them, then the render. */
    static Result leaflet(Path xhtmlFile, Path fonts, boolean pdfa, List<Diagnostic> log) throws Exception {
        String base = xhtmlFile.toUri().toString();
        Path n0 = Path.of(xhtmlFile.toString().replaceFirst("\\.xhtml$", ".n0.xhtml"));
        String xhtml;
        int notes = -1;
        if (Files.exists(n0)) {
            int laidOut;
            try (PdfBoxRenderer r = layOut(Files.readString(n0), base, fonts, pdfa, new ArrayList<>())) {
                laidOut = pages(r);
            }
            notes = (4 - laidOut % 4) % 4;
            xhtml = Files.readString(Path.of(xhtmlFile.toString().replaceFirst("\\.xhtml$", ".n" + notes + ".xhtml")));
        } else {
            xhtml = Files.readString(xhtmlFile);
        }
        byte[] pdf = render(xhtml, base, fonts, pdfa, log);
        try (PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new Result(pdf, d.getNumberOfPages(), notes);
        }
    }

    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        Path outFile = Path.of(args[1]);
        Path fonts = Path.of(args[2]);
        int warm = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        boolean pdfa = args.length > 4 && args[4].equals("pdfa");
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<Diagnostic> log = new ArrayList<>();
        long t0 = System.nanoTime(), c0 = mx.getCurrentThreadCpuTime();
        Result r = leaflet(in, fonts, pdfa, log);
        long cold = System.nanoTime() - t0, coldCpu = mx.getCurrentThreadCpuTime() - c0;
        Files.write(outFile, r.pdf());
        log.stream().filter(d -> d.getLevel().intValue() >= Level.WARNING.intValue())
                .forEach(d -> System.out.println("diag " + d.getLevel() + " " + d.getFormattedMessage()));
        System.out.printf("wrote %s: %d pages (%s Notes pages), %d bytes; first leaflet in this JVM %.0f ms wall, %.0f ms CPU (main thread)%n",
                outFile, r.pages(), r.notes() < 0 ? "given" : String.valueOf(r.notes()), r.pdf().length, cold / 1e6, coldCpu / 1e6);
        if (warm > 0) {
            long[] wall = new long[warm], cpu = new long[warm];
            for (int i = 0; i < warm; i++) {
                long t = System.nanoTime(), c = mx.getCurrentThreadCpuTime();
                leaflet(in, fonts, pdfa, new ArrayList<>());
                wall[i] = System.nanoTime() - t;
                cpu[i] = mx.getCurrentThreadCpuTime() - c;
            }
            Arrays.sort(wall);
            Arrays.sort(cpu);
            System.out.printf("warm (renders 2..%d): median %.0f ms wall, %.0f ms CPU; min %.0f ms wall%n",
                    warm + 1, wall[warm / 2] / 1e6, cpu[warm / 2] / 1e6, wall[0] / 1e6);
        }
    }
}
