package proto;

import java.io.File;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;

/** Prints a tagged PDF's structure tree (type, /Alt, /Lang), to see reading order. args: file.pdf [maxDepth] */
public final class StructDump {
    public static void main(String[] args) throws Exception {
        int max = args.length > 1 ? Integer.parseInt(args[1]) : 99;
        try (PDDocument doc = Loader.loadPDF(new File(args[0]))) {
            var cat = doc.getDocumentCatalog();
            System.out.println("Lang=" + cat.getLanguage() + " Title=" + doc.getDocumentInformation().getTitle()
                    + " DisplayDocTitle=" + (cat.getViewerPreferences() == null ? null : cat.getViewerPreferences().displayDocTitle())
                    + " Marked=" + (cat.getMarkInfo() == null ? null : cat.getMarkInfo().isMarked()));
            var root = cat.getStructureTreeRoot();
            if (root == null) { System.out.println("untagged"); return; }
            dump(root, 0, max);
        }
    }

    static void dump(PDStructureNode node, int depth, int max) {
        if (depth > max) return;
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                StringBuilder s = new StringBuilder("  ".repeat(depth)).append(e.getStructureType());
                if (e.getAlternateDescription() != null) s.append(" Alt=\"").append(e.getAlternateDescription()).append('"');
                if (e.getActualText() != null) s.append(" ActualText=\"").append(e.getActualText()).append('"');
                if (e.getLanguage() != null) s.append(" Lang=").append(e.getLanguage());
                if (e.getPage() != null) s.append(" p").append(1 + node.getCOSObject().hashCode() % 1 );
                System.out.println(s);
                dump(e, depth + 1, max);
            }
        }
    }
}
