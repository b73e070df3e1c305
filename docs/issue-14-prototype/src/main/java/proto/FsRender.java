package proto;

import com.lowagie.text.pdf.BaseFont;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.xhtmlrenderer.pdf.ITextRenderer;

/** For timing only: the same XHTML through Flying Saucer 9.13.3 + OpenPDF 2.0.5 (untagged), as PrintRenderer.layOut does. args: in.xhtml out.pdf fontsDir warmRuns */
public final class FsRender {
    static byte[] render(String xhtml, String base, Path fonts) throws Exception {
        ITextRenderer r = new ITextRenderer();
        for (String f : new String[] {"Carlito-Regular.ttf", "Carlito-Italic.ttf", "Carlito-Bold.ttf", "Carlito-BoldItalic.ttf"}) {
            r.getFontResolver().addFont(fonts.resolve(f).toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        }
        r.setDocumentFromString(xhtml, base);
        r.layout();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.createPDF(out);
        return out.toByteArray();
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("xr.util-logging.loggingEnabled", "false");
        var mx = ManagementFactory.getThreadMXBean();
        String xhtml = Files.readString(Path.of(args[0]));
        String base = Path.of(args[0]).toUri().toString();
        long t = System.nanoTime(), c = mx.getCurrentThreadCpuTime();
        byte[] pdf = render(xhtml, base, Path.of(args[2]));
        System.out.printf("FS first: %.0f ms wall, %.0f ms CPU; %d bytes%n", (System.nanoTime() - t) / 1e6, (mx.getCurrentThreadCpuTime() - c) / 1e6, pdf.length);
        Files.write(Path.of(args[1]), pdf);
        int n = Integer.parseInt(args[3]);
        long[] w = new long[n], cpu = new long[n];
        for (int i = 0; i < n; i++) {
            t = System.nanoTime(); c = mx.getCurrentThreadCpuTime();
            render(xhtml, base, Path.of(args[2]));
            w[i] = System.nanoTime() - t; cpu[i] = mx.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(w); Arrays.sort(cpu);
        if (n > 0) System.out.printf("FS warm: median %.0f ms wall, %.0f ms CPU%n", w[n / 2] / 1e6, cpu[n / 2] / 1e6);
    }
}
