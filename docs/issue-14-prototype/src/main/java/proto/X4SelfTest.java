package proto;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/** The safety net on what the leaflet does not have: an RGB image, rg text, grey strokes. args: outDir fontsDir icc */
public final class X4SelfTest {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        File in = dir.resolve("selftest.rgb.pdf").toFile(), out = dir.resolve("selftest.x4.pdf").toFile();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(-8.5f, -8.5f, 436.5f, 612.3f));
            page.setBleedBox(page.getMediaBox());
            page.setTrimBox(new PDRectangle(0, 0, 419.5f, 595.3f));
            doc.addPage(page);
            doc.getDocumentInformation().setTitle("X-4 self-test");
            var ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(Path.of(args[1], "Carlito-Regular.ttf").toFile()));
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            BufferedImage img = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 64; y++) for (int x = 0; x < 64; x++) img.setRGB(x, y, (x * 4) << 16 | (y * 4) << 8 | 0x80);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setNonStrokingColor(0.353f, 0.176f, 0.510f);      // rg purple
                cs.addRect(20, 500, 100, 50);
                cs.fill();
                cs.setStrokingColor(0.5f);                            // G grey
                cs.moveTo(20, 480); cs.lineTo(300, 480); cs.stroke();
                cs.beginText();
                cs.setNonStrokingColor(0.122f, 0.122f, 0.122f);      // rg near-black body text
                cs.setFont(font, 10);
                cs.newLineAtOffset(20, 450);
                cs.showText("Body text in sRGB #1f1f1f");
                cs.endText();
                cs.drawImage(LosslessFactory.createFromImage(doc, img), 20, 300, 128, 128);
            }
            doc.save(in);
        }
        X4Master x4 = new X4Master(Files.readAllBytes(Path.of(args[2])));
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(in)) {
            x4.apply(doc, 0);
            doc.save(out);
        }
        System.out.println("converted: " + x4.converted + " -> " + out);
    }
}
