package proto;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Makes the finished printer's master a PDF/X-4 file (PDFBox 3.0.8). In leafpress this is one more
 * {@code PdfFinisher.Step} after {@code PrintMaster.of(geometry)}, with the XMP written by the
 * finisher (see {@link Xmp}).
 *
 * <ol>
 *   <li>output intent /GTS_PDFX with the CMYK profile embedded;</li>
 *   <li>Info /GTS_PDFXVersion (PDF/X-4), /Trapped /False; XMP with pdfxid, pdf:Trapped, xmpMM ids;</li>
 *   <li>link annotations removed (none but PrinterMark/TrapNet may sit inside the BleedBox); the
 *       outline (bookmarks) stays;</li>
 *   <li>safety net for colour the stylesheet did not give as cmyk(): g/G become K only, a neutral
 *       rg/RG K only, any other rg/RG goes sRGB -> output profile; RGB and grey images are converted
 *       through the profile. Everything converted is counted and printed: with cmyk() in the CSS it
 *       should say 0, and a build can insist on that;</li>
 *   <li>header version 1.6.</li>
 * </ol>
 * args: in.print.pdf out.pdf profile.icc
 */
public final class X4Master {

    final ICC_ColorSpace cmyk;
    final byte[] profile;
    final Map<String, Integer> converted = new TreeMap<>();

    X4Master(byte[] profile) {
        this.profile = profile;
        this.cmyk = new ICC_ColorSpace(ICC_Profile.getInstance(profile));
    }

    public static void main(String[] args) throws Exception {
        X4Master x4 = new X4Master(Files.readAllBytes(Path.of(args[2])));
        long t = System.nanoTime();
        try (PDDocument doc = Loader.loadPDF(new File(args[0]))) {
            x4.apply(doc, UaRender.EDITION);
            doc.save(new File(args[1]));
        }
        System.out.printf("wrote %s (%.0f ms); converted by the safety net: %s%n", args[1], (System.nanoTime() - t) / 1e6,
                x4.converted.isEmpty() ? "nothing" : x4.converted);
    }

    void apply(PDDocument doc, long epochMillis) throws IOException {
        // 1. Output intent
        // Built by hand: PDOutputIntent(doc, InputStream) embeds ICC_Profile.getData(), Java's (LCMS's)
        // re-serialisation of the profile, 554 kB for this 301 kB file; this embeds the file's own bytes.
        PDStream icc = new PDStream(doc, new ByteArrayInputStream(profile), COSName.FLATE_DECODE);
        icc.getCOSObject().setInt(COSName.N, 4);
        org.apache.pdfbox.cos.COSDictionary oi = new org.apache.pdfbox.cos.COSDictionary();
        oi.setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
        oi.setItem(COSName.S, COSName.getPDFName("GTS_PDFX"));
        oi.setItem(COSName.DEST_OUTPUT_PROFILE, icc);
        PDOutputIntent intent = new PDOutputIntent(oi);
        intent.setOutputConditionIdentifier("FOGRA39");
        intent.setOutputCondition("Offset printing, ISO 12647-2:2004/Amd 1, paper type 1 or 2 (coated art), 115 g/m2, screen ruling 60/cm");
        intent.setRegistryName("http://www.color.org");
        intent.setInfo("FOGRA39L coated (profile made with ArgyllCMS from Fogra's FOGRA39L characterisation data)");
        doc.getDocumentCatalog().addOutputIntent(intent);
        // 2. Info + XMP
        var info = doc.getDocumentInformation();
        info.getCOSObject().setString(COSName.getPDFName("GTS_PDFXVersion"), "PDF/X-4");
        info.setTrapped("False");
        Xmp.write(doc, epochMillis, false, "PDF/X-4");
        // 3. Annotations, 4. colour
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PDPage page : doc.getPages()) {
            if (!page.getAnnotations().isEmpty()) {
                converted.merge("link annotations removed", page.getAnnotations().size(), Integer::sum);
                page.getCOSObject().removeItem(COSName.ANNOTS);
            }
            rewrite(doc, page, page.getResources(), seen, s -> page.setContents(s));
        }
        doc.setVersion(1.6f);
    }

    interface Sink { void set(PDStream s); }

    void rewrite(PDDocument doc, PDContentStream stream, PDResources res, Set<COSBase> seen, Sink sink) throws IOException {
        List<Object> tokens = new PDFStreamParser(stream).parse();
        List<Object> out = new ArrayList<>(tokens.size());
        List<Object> operands = new ArrayList<>();
        boolean changed = false;
        for (Object t : tokens) {
            if (!(t instanceof Operator op)) { operands.add(t); continue; }
            String name = op.getName();
            if ((name.equals("g") || name.equals("G")) && operands.size() == 1) {
                float g = ((COSNumber) operands.get(0)).floatValue();
                out.addAll(numbers(0, 0, 0, 1 - g));
                out.add(Operator.getOperator(name.equals("g") ? "k" : "K"));
                converted.merge(name, 1, Integer::sum);
                changed = true;
            } else if ((name.equals("rg") || name.equals("RG")) && operands.size() == 3) {
                float r = ((COSNumber) operands.get(0)).floatValue(), gr = ((COSNumber) operands.get(1)).floatValue(), b = ((COSNumber) operands.get(2)).floatValue();
                out.addAll(numbers(toCmyk(r, gr, b)));
                out.add(Operator.getOperator(name.equals("rg") ? "k" : "K"));
                converted.merge(name, 1, Integer::sum);
                changed = true;
            } else {
                out.addAll(operands);
                out.add(op);
            }
            operands.clear();
        }
        out.addAll(operands);
        if (changed) {
            PDStream s = new PDStream(doc);
            try (OutputStream os = s.createOutputStream(COSName.FLATE_DECODE)) {
                new ContentStreamWriter(os).writeTokens(out);
            }
            sink.set(s);
        }
        if (res == null || !seen.add(res.getCOSObject())) return;
        for (COSName xname : res.getXObjectNames()) {
            PDXObject x = res.getXObject(xname);
            if (x instanceof PDFormXObject form) {
                rewrite(doc, form, form.getResources(), seen, s -> {
                    try (var in = s.createInputStream(); var os = form.getCOSObject().createOutputStream(COSName.FLATE_DECODE)) {
                        in.transferTo(os);
                    } catch (IOException e) { throw new java.io.UncheckedIOException(e); }
                });
            } else if (x instanceof PDImageXObject img && !img.isStencil()
                    && !(img.getColorSpace() instanceof PDDeviceCMYK) && img.getColorSpace().getNumberOfComponents() != 4) {
                res.put(xname, toCmyk(doc, img));
                converted.merge("images", 1, Integer::sum);
            }
        }
    }

    /** Neutral -> K only; otherwise through the profile (Java's LCMS). */
    float[] toCmyk(float r, float g, float b) {
        if (Math.abs(r - g) < 1e-4 && Math.abs(g - b) < 1e-4) return new float[] {0, 0, 0, 1 - r};
        float[] v = cmyk.fromRGB(new float[] {r, g, b});
        for (int i = 0; i < 4; i++) v[i] = Math.round(v[i] * 1000) / 1000f;
        return v;
    }

    PDImageXObject toCmyk(PDDocument doc, PDImageXObject img) throws IOException {
        BufferedImage rgb = img.getImage();   // sRGB, whatever the source space
        BufferedImage src = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_INT_RGB);
        src.getGraphics().drawImage(rgb, 0, 0, null);
        ColorConvertOp op = new ColorConvertOp(ColorSpace.getInstance(ColorSpace.CS_sRGB), cmyk, null);
        Raster r = op.filter(src.getRaster(), null);   // 4 bands, C M Y K
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int[] px = new int[4];
        for (int y = 0; y < r.getHeight(); y++) {
            for (int x = 0; x < r.getWidth(); x++) {
                r.getPixel(x, y, px);
                for (int i = 0; i < 4; i++) bytes.write(px[i]);
            }
        }
        PDImageXObject out = new PDImageXObject(doc, new ByteArrayInputStream(bytes.toByteArray()), COSName.FLATE_DECODE,
                r.getWidth(), r.getHeight(), 8, PDDeviceCMYK.INSTANCE);
        if (img.getSoftMask() != null) out.getCOSObject().setItem(COSName.SMASK, img.getSoftMask());
        return out;
    }

    static List<COSBase> numbers(float... v) {
        List<COSBase> l = new ArrayList<>();
        for (float f : v) l.add(f == Math.rint(f) ? COSInteger.get((long) f) : new COSFloat(f));
        return l;
    }
}
