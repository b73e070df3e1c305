package proto;

import java.awt.geom.Area;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceN;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.color.PDIndexed;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.color.PDSeparation;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * A PDF/X-4 checker of our own (veraPDF has no PDF/X profile): what a printer's preflight would
 * reject, for the leaflet's master. Exit status 1 if anything fails.
 *
 * <ul>
 *   <li>output intent: one, /S /GTS_PDFX, a 4-component (CMYK) DestOutputProfile, an OutputConditionIdentifier;</li>
 *   <li>Info /GTS_PDFXVersion (PDF/X-4...), /Trapped True|False, /Title; XMP pdfxid:GTS_PDFXVersion the same; trailer /ID;</li>
 *   <li>every page: TrimBox inside BleedBox inside MediaBox; no annotation but PrinterMark/TrapNet
 *       overlapping the BleedBox;</li>
 *   <li>colour: no RGB anywhere — no rg/RG/g/G operator (grey counts too: the brief wants CMYK), no
 *       DeviceRGB/DeviceGray/CalRGB/CalGray/Lab/3-component ICCBased colour space, nor an Indexed,
 *       Separation or DeviceN with such a base, in any page, form XObject, image, shading, soft mask
 *       or transparency group;</li>
 *   <li>text: every glyph painted in a CMYK colour; text at body size (args[1], default 10 pt) in
 *       0 0 0 1 exactly;</li>
 *   <li>geometry: nothing painted outside the BleedBox, except registration-colour (Separation All)
 *       marks outside the bleed (the crop marks); painting that a clip hides entirely is
 *       reported as well;</li>
 *   <li>fonts embedded.</li>
 * </ul>
 * args: file.pdf [bodySizePt]
 */
public final class X4Check {

    final List<String> failures = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    void fail(String s) { failures.add(s); }

    public static void main(String[] args) throws Exception {
        double body = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        X4Check check = new X4Check();
        try (PDDocument doc = Loader.loadPDF(new File(args[0]))) {
            check.run(doc, body);
        }
        check.notes.forEach(n -> System.out.println("  note: " + n));
        if (check.failures.isEmpty()) {
            System.out.println(args[0] + ": PDF/X-4 checks passed");
        } else {
            System.out.println(args[0] + ": " + check.failures.size() + " failure(s)");
            check.failures.stream().limit(Integer.getInteger("max", 60)).forEach(f -> System.out.println("  FAIL " + f));
            System.exit(1);
        }
    }

    void run(PDDocument doc, double bodySize) throws IOException {
        var catalog = doc.getDocumentCatalog();
        var info = doc.getDocumentInformation();
        // Output intent
        List<PDOutputIntent> intents = catalog.getOutputIntents();
        int pdfx = 0;
        for (PDOutputIntent oi : intents) {
            COSDictionary d = oi.getCOSObject();
            if (!"GTS_PDFX".equals(d.getNameAsString(COSName.S))) continue;
            pdfx++;
            COSStream profile = d.getCOSStream(COSName.DEST_OUTPUT_PROFILE);
            if (profile == null) fail("output intent: no DestOutputProfile");
            else if (profile.getInt(COSName.N) != 4) fail("output intent: DestOutputProfile /N " + profile.getInt(COSName.N) + ", not 4 (CMYK)");
            else {
                byte[] icc = profile.createInputStream().readAllBytes();
                String space = new String(icc, 16, 4, StandardCharsets.US_ASCII), cls = new String(icc, 12, 4, StandardCharsets.US_ASCII);
                if (!space.equals("CMYK") || !cls.equals("prtr")) fail("output intent: profile is " + cls + "/" + space + ", not prtr/CMYK");
                notes.add("output intent " + oi.getOutputConditionIdentifier() + " (" + oi.getInfo() + "), ICC v" + icc[8] + "." + (icc[9] >> 4) + ", " + icc.length + " bytes");
            }
            if (oi.getOutputConditionIdentifier() == null || oi.getOutputConditionIdentifier().isBlank()) fail("output intent: no OutputConditionIdentifier");
        }
        if (pdfx != 1) fail("output intents: " + pdfx + " with /S /GTS_PDFX (need exactly 1)");
        // Info and XMP
        String version = info.getCOSObject().getString(COSName.getPDFName("GTS_PDFXVersion"));
        if (version == null || !version.startsWith("PDF/X-4")) fail("Info /GTS_PDFXVersion is " + version);
        String trapped = info.getCOSObject().getNameAsString(COSName.TRAPPED);
        if (!"True".equals(trapped) && !"False".equals(trapped)) fail("Info /Trapped is " + trapped + " (True or False)");
        if (info.getTitle() == null || info.getTitle().isBlank()) fail("Info has no /Title");
        if (catalog.getMetadata() == null) fail("no XMP metadata");
        else {
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            if (!xmp.contains("http://www.npes.org/pdfx/ns/id/") || !xmp.contains(version == null ? "PDF/X-4" : version)) fail("XMP has no pdfxid:GTS_PDFXVersion " + version);
            if (!xmp.contains("Trapped")) fail("XMP has no pdf:Trapped");
        }
        if (doc.getDocument().getTrailer().getCOSArray(COSName.ID) == null) fail("trailer has no /ID");
        if (doc.getVersion() > 1.6f + 1e-6 && !version.contains("PDF/X-6")) notes.add("file version " + doc.getVersion() + " (PDF/X-4 is PDF 1.6)");
        if (doc.isEncrypted()) fail("encrypted");
        // Pages
        int n = 0;
        for (PDPage page : doc.getPages()) {
            n++;
            PDRectangle media = page.getMediaBox();
            PDRectangle bleed = page.getCOSObject().containsKey(COSName.BLEED_BOX) ? page.getBleedBox() : null;
            PDRectangle trim = page.getCOSObject().containsKey(COSName.TRIM_BOX) ? page.getTrimBox() : null;
            if (trim == null) fail("page " + n + ": no TrimBox");
            if (bleed == null) { fail("page " + n + ": no BleedBox"); bleed = media; }
            if (trim != null && !inside(trim, bleed)) fail("page " + n + ": TrimBox not inside BleedBox");
            if (!inside(bleed, media)) fail("page " + n + ": BleedBox not inside MediaBox");
            for (PDAnnotation a : page.getAnnotations()) {
                if (!"PrinterMark".equals(a.getSubtype()) && !"TrapNet".equals(a.getSubtype()) && overlaps(a.getRectangle(), bleed)) {
                    fail("page " + n + ": " + a.getSubtype() + " annotation inside the BleedBox");
                }
            }
            COSDictionary group = page.getCOSObject().getCOSDictionary(COSName.GROUP);
            if (group != null) checkSpace("page " + n + " transparency group", group.getDictionaryObject(COSName.CS), page.getResources());
            scanResources("page " + n, page.getResources(), Collections.newSetFromMap(new IdentityHashMap<>()));
            scanOperators("page " + n, List.of(page));
            Painter painter = new Painter(page, bleed, trim, n, bodySize);
            painter.processPage(page);
            painter.report();
        }
        // Fonts embedded (all pages, forms included)
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PDPage page : doc.getPages()) fonts(page.getResources(), seen);
    }

    void fonts(PDResources res, Set<COSBase> seen) throws IOException {
        if (res == null || !seen.add(res.getCOSObject())) return;
        for (COSName name : res.getFontNames()) {
            PDFont f = res.getFont(name);
            if (f != null && !f.isEmbedded()) fail("font " + f.getName() + " not embedded");
        }
        for (COSName name : res.getXObjectNames()) {
            if (res.getXObject(name) instanceof PDFormXObject form) fonts(form.getResources(), seen);
        }
    }

    static boolean inside(PDRectangle a, PDRectangle b) {
        double e = 0.01;
        return a.getLowerLeftX() >= b.getLowerLeftX() - e && a.getLowerLeftY() >= b.getLowerLeftY() - e
                && a.getUpperRightX() <= b.getUpperRightX() + e && a.getUpperRightY() <= b.getUpperRightY() + e;
    }

    static boolean overlaps(PDRectangle a, PDRectangle b) {
        return a.getLowerLeftX() < b.getUpperRightX() && a.getUpperRightX() > b.getLowerLeftX()
                && a.getLowerLeftY() < b.getUpperRightY() && a.getUpperRightY() > b.getLowerLeftY();
    }

    /** A colour space that is not CMYK (or a Separation/DeviceN with a CMYK alternate, or a CMYK pattern). */
    static String notCmyk(PDColorSpace cs) throws IOException {
        if (cs == null) return null;
        if (cs instanceof PDDeviceCMYK) return null;
        if (cs instanceof PDICCBased icc) return icc.getNumberOfComponents() == 4 ? null : "ICCBased N=" + icc.getNumberOfComponents();
        if (cs instanceof PDIndexed idx) {
            String base = notCmyk(idx.getBaseColorSpace());
            return base == null ? null : "Indexed on " + base;
        }
        if (cs instanceof PDSeparation sep) {
            String alt = notCmyk(sep.getAlternateColorSpace());
            return alt == null ? null : "Separation " + sep.getColorantName() + " with alternate " + alt;
        }
        if (cs instanceof PDDeviceN dn) {
            String alt = notCmyk(dn.getAlternateColorSpace());
            return alt == null ? null : "DeviceN with alternate " + alt;
        }
        if (cs.getName().equals("Pattern")) return null; // the pattern's own contents are checked where they are painted
        return cs.getName();
    }

    void checkSpace(String where, COSBase space, PDResources res) throws IOException {
        if (space == null) return;
        String bad = notCmyk(PDColorSpace.create(space, res));
        if (bad != null) fail(where + ": colour space " + bad);
    }

    /** Colour spaces, images, shadings, soft masks and forms in resources, recursively. */
    void scanResources(String where, PDResources res, Set<COSBase> seen) throws IOException {
        if (res == null || !seen.add(res.getCOSObject())) return;
        for (COSName name : res.getColorSpaceNames()) {
            String bad = notCmyk(res.getColorSpace(name));
            if (bad != null) fail(where + ": /ColorSpace /" + name.getName() + " is " + bad);
        }
        for (COSName name : res.getShadingNames()) {
            String bad = notCmyk(res.getShading(name).getColorSpace());
            if (bad != null) fail(where + ": shading /" + name.getName() + " in " + bad);
        }
        for (COSName name : res.getXObjectNames()) {
            PDXObject x = res.getXObject(name);
            if (x instanceof PDImageXObject img) {
                if (img.isStencil()) continue;
                String bad = notCmyk(img.getColorSpace());
                if (bad != null) fail(where + ": image /" + name.getName() + " in " + bad);
                if (img.getSoftMask() != null) notes.add(where + ": image /" + name.getName() + " has a soft mask (transparency; allowed in X-4)");
            } else if (x instanceof PDFormXObject form) {
                COSDictionary group = form.getCOSObject().getCOSDictionary(COSName.GROUP);
                if (group != null) checkSpace(where + " form /" + name.getName() + " group", group.getDictionaryObject(COSName.CS), form.getResources());
                scanResources(where + " form /" + name.getName(), form.getResources(), seen);
                scanOperators(where + " form /" + name.getName(), List.<org.apache.pdfbox.contentstream.PDContentStream>of(form));
            }
        }
        for (COSName name : res.getExtGStateNames()) {
            COSDictionary gs = res.getExtGState(name).getCOSObject();
            if (gs.getDictionaryObject(COSName.SMASK) instanceof COSDictionary mask
                    && mask.getDictionaryObject(COSName.G) instanceof COSStream g) {
                if (g.getDictionaryObject(COSName.GROUP) instanceof COSDictionary grp) {
                    checkSpace(where + " soft mask group", grp.getDictionaryObject(COSName.CS), res);
                }
            }
        }
    }

    void scanOperators(String where, Iterable<? extends org.apache.pdfbox.contentstream.PDContentStream> streams) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        for (var cs : streams) {
            List<Object> tokens = new PDFStreamParser(cs).parse();
            for (Object t : tokens) {
                if (t instanceof Operator op) {
                    switch (op.getName()) {
                        case "rg", "RG", "g", "G" -> counts.merge(op.getName(), 1, Integer::sum);
                        case "BI" -> {
                            COSDictionary p = op.getImageParameters();
                            COSBase space = p == null ? null : p.getDictionaryObject(COSName.CS, COSName.COLORSPACE);
                            if (space != null && !(COSName.getPDFName("CMYK").equals(space) || COSName.DEVICECMYK.equals(space))) {
                                fail(where + ": inline image in " + space);
                            }
                        }
                        default -> { }
                    }
                }
            }
        }
        counts.forEach((op, c) -> fail(where + ": " + c + " x '" + op + "' (RGB or grey colour operator)"));
    }

    /** Paints the page in the mind: colour at each paint, and where it lands. */
    final class Painter extends PDFGraphicsStreamEngine {
        final PDRectangle bleed, trim;
        final int n;
        final double bodySize;
        final Rectangle2D.Double path = new Rectangle2D.Double();
        boolean empty = true;
        Point2D current = new Point2D.Float();
        final Map<String, Integer> textColours = new TreeMap<>();
        final Map<String, Integer> outside = new TreeMap<>();
        final Map<String, Integer> hidden = new TreeMap<>();
        int marks;

        Painter(PDPage page, PDRectangle bleed, PDRectangle trim, int n, double bodySize) {
            super(page);
            this.bleed = bleed;
            this.trim = trim;
            this.n = n;
            this.bodySize = bodySize;
        }

        /** Subpaths' boxes: crop marks are one path of eight short lines, each checked alone. */
        final List<Rectangle2D.Double> subpaths = new ArrayList<>();

        void add(Point2D p) {
            if (empty) { path.setRect(p.getX(), p.getY(), 0, 0); empty = false; } else path.add(p);
            subpaths.get(subpaths.size() - 1).add(p);
        }

        void start(Point2D p) {
            subpaths.add(new Rectangle2D.Double(p.getX(), p.getY(), 0, 0));
        }

        @Override public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) { start(p0); add(p0); add(p1); add(p2); add(p3); current = p0; }
        @Override public void moveTo(float x, float y) { current = new Point2D.Float(x, y); start(current); add(current); }
        @Override public void lineTo(float x, float y) { current = new Point2D.Float(x, y); add(current); }
        @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            add(new Point2D.Float(x1, y1)); add(new Point2D.Float(x2, y2)); current = new Point2D.Float(x3, y3); add(current);
        }
        @Override public Point2D getCurrentPoint() { return current; }
        @Override public void closePath() { }
        @Override public void endPath() { empty = true; subpaths.clear(); }
        @Override public void clip(int windingRule) { }
        @Override public void strokePath() throws IOException {
            PDColor c = getGraphicsState().getStrokingColor();
            if (registration(c)) {
                colour("stroke", c);
                for (Rectangle2D.Double sub : subpaths) where("stroke", widen(sub), true);
            } else {
                painted("stroke", widen(path), c);
            }
            empty = true;
            subpaths.clear();
        }
        @Override public void fillPath(int windingRule) throws IOException { painted("fill", path, getGraphicsState().getNonStrokingColor()); empty = true; subpaths.clear(); }
        @Override public void fillAndStrokePath(int windingRule) throws IOException {
            painted("fill+stroke", widen(path), getGraphicsState().getNonStrokingColor());
            colour("stroke", getGraphicsState().getStrokingColor());
            empty = true;
            subpaths.clear();
        }
        @Override public void shadingFill(COSName name) throws IOException { notes.add("page " + n + ": shading fill /" + name.getName()); }
        @Override public void drawImage(PDImage image) throws IOException {
            Matrix m = getGraphicsState().getCurrentTransformationMatrix();
            Rectangle2D.Double r = new Rectangle2D.Double();
            boolean first = true;
            for (float[] c : new float[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
                Point2D p = m.transformPoint(c[0], c[1]);
                if (first) { r.setRect(p.getX(), p.getY(), 0, 0); first = false; } else r.add(p);
            }
            if (image.isStencil()) colour("image mask", getGraphicsState().getNonStrokingColor());
            else { String bad = notCmyk(image.getColorSpace()); if (bad != null) fail("page " + n + ": image drawn in " + bad); }
            where("image", r, false);
        }

        Rectangle2D widen(Rectangle2D r) {
            double w = getGraphicsState().getLineWidth() * Math.abs(getGraphicsState().getCurrentTransformationMatrix().getScalingFactorX()) / 2;
            return new Rectangle2D.Double(r.getX() - w, r.getY() - w, r.getWidth() + 2 * w, r.getHeight() + 2 * w);
        }

        boolean registration(PDColor c) {
            return c.getColorSpace() instanceof PDSeparation s && "All".equals(s.getColorantName());
        }

        void colour(String what, PDColor c) throws IOException {
            String bad = notCmyk(c.getColorSpace());
            if (bad != null) fail("page " + n + ": " + what + " in " + bad + " " + java.util.Arrays.toString(c.getComponents()));
        }

        void painted(String what, Rectangle2D r, PDColor c) throws IOException {
            colour(what, c);
            where(what, r, registration(c));
        }

        void where(String what, Rectangle2D r, boolean mark) {
            Rectangle2D b = new Rectangle2D.Double(bleed.getLowerLeftX() - 0.01, bleed.getLowerLeftY() - 0.01, bleed.getWidth() + 0.02, bleed.getHeight() + 0.02);
            Area clip = getGraphicsState().getCurrentClippingPath();
            if (!r.isEmpty() && !clip.intersects(r) && !clip.getBounds2D().intersects(r) || (r.isEmpty() && !clip.getBounds2D().contains(r.getX(), r.getY()))) {
                hidden.merge(what, 1, Integer::sum);
            }
            if (!b.contains(r)) {
                if (mark && !r.intersects(b)) { marks++; return; }
                outside.merge(String.format("%s [%.0f %.0f %.0f %.0f]", what, r.getMinX(), r.getMinY(), r.getMaxX(), r.getMaxY()), 1, Integer::sum);
            }
        }

        @Override
        protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
            PDColor c = getGraphicsState().getNonStrokingColor();
            colour("text", c);
            double size = Math.hypot(trm.getScaleX(), trm.getShearY());
            String key = String.format("%.1fpt %s %s", size, c.getColorSpace().getName(), java.util.Arrays.toString(c.getComponents()));
            textColours.merge(key, 1, Integer::sum);
            float[] k = c.getComponents();
            if (c.getColorSpace() instanceof PDDeviceCMYK && k.length == 4 && k[3] >= 0.5f && k[3] < 1f && (k[0] > 0 || k[1] > 0 || k[2] > 0)) {
                failures.add("page " + n + ": rich black text " + key);
            }
            // The glyph's box, roughly: advance by font size (ascent/descent ignored).
            Point2D p0 = trm.transformPoint(0, -0.2f), p1 = trm.transformPoint(displacement.getX(), 0.8f);
            Rectangle2D.Double r = new Rectangle2D.Double(Math.min(p0.getX(), p1.getX()), Math.min(p0.getY(), p1.getY()),
                    Math.abs(p1.getX() - p0.getX()), Math.abs(p1.getY() - p0.getY()));
            where("text", r, registration(c));
        }

        void report() {
            outside.forEach((k, v) -> fail("page " + n + ": painted outside the BleedBox: " + v + " x " + k));
            hidden.forEach((k, v) -> notes.add("page " + n + ": " + v + " x " + k + " painted where the clip hides it all"));
            if (marks > 0) notes.add("page " + n + ": " + marks + " registration-colour marks outside the bleed (crop marks)");
            // Body text: the commonest colour of body-size glyphs must be 0 0 0 1 (captions and
            // terms in the brand colour are allowed beside it).
            String prefix = String.format("%.1fpt ", bodySize);
            textColours.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).max(Map.Entry.comparingByValue())
                    .ifPresent(e -> { if (!e.getKey().equals(prefix + "DeviceCMYK [0.0, 0.0, 0.0, 1.0]")) failures.add("page " + n + ": body text in " + e.getKey()); });
            notes.add("page " + n + ": text colours " + textColours);
        }
    }
}
