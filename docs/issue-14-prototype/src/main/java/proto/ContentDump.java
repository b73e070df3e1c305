package proto;

import java.io.File;
import java.io.InputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** The decoded content stream of one page. args: file.pdf pageNumber(1-based) [maxChars] */
public final class ContentDump {
    public static void main(String[] args) throws Exception {
        try (PDDocument doc = Loader.loadPDF(new File(args[0]))) {
            PDPage page = doc.getPage(Integer.parseInt(args[1]) - 1);
            try (InputStream in = page.getContents()) {
                String s = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                int max = args.length > 2 ? Integer.parseInt(args[2]) : 4000;
                System.out.println(s.length() > max ? s.substring(0, max) : s);
            }
        }
    }
}
