package org.leafpress.render;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.leafpress.model.Leaflet;
import org.leafpress.publish.ModelJson;

/**
 * Harness against the baseline jar (run with ONLY /tmp/baseline-leafpress.jar and this class on the
 * class path): the XHTML that the current PrintRenderer hands Flying Saucer, from a model.json.
 * It sits in org.leafpress.render to reach the package-private PrintRenderer.xhtmlOf.
 *
 * args: templatesRoot model.json out.xhtml notesPages|all [bleedMm] [partner...]
 * ("all": out.n0.xhtml .. out.n3.xhtml, 0 to 3 Notes pages, for a renderer that picks after layout)
 */
public final class XhtmlDump {
    public static void main(String[] args) throws Exception {
        Path templatesRoot = Path.of(args[0]);
        Leaflet leaflet = ModelJson.mapper().readValue(Path.of(args[1]).toFile(), Leaflet.class);
        double bleedMm = args.length > 4 ? Double.parseDouble(args[4]) : 0;
        List<String> partners = args.length > 5 ? List.of(args).subList(5, args.length) : List.of();
        Publication publication = Publication.of(leaflet).withPartners(partners);
        Templates templates = Templates.in(templatesRoot);
        UiStrings strings = UiStrings.in(templatesRoot.resolve("i18n"));
        PrintRenderer renderer = PrintRenderer.of(templates, strings);
        LocalStrings ui = strings.in(leaflet.language());
        boolean all = args[3].equals("all");
        for (int notes = all ? 0 : Integer.parseInt(args[3]); notes <= (all ? 3 : Integer.parseInt(args[3])); notes++) {
        String xhtml;
        if (bleedMm == 0) {
            xhtml = renderer.xhtmlOf(publication, ui, notes);
        } else {
            // The master's XHTML: the page (and margins) grown by the bleed, as PrintRenderer does.
            Method viewOf = PrintRenderer.class.getDeclaredMethod("viewOf", Publication.class, LocalStrings.class);
            viewOf.setAccessible(true);
            Method typo = PrintRenderer.class.getDeclaredField("typography").getType()
                    .getDeclaredMethod("applyTo", Publication.class);
            typo.setAccessible(true);
            var tf = PrintRenderer.class.getDeclaredField("typography");
            tf.setAccessible(true);
            Publication printed = (Publication) typo.invoke(tf.get(renderer), publication);
            @SuppressWarnings("unchecked")
            Map<String, Object> view = (Map<String, Object>) viewOf.invoke(null, printed, ui);
            Method lengthParse = Length.class.getDeclaredMethod("parse", String.class);
            lengthParse.setAccessible(true);
            Object bleed = lengthParse.invoke(null, bleedMm + "mm");
            Method inLayout = Length.class.getDeclaredMethod("inLayoutUnits");
            inLayout.setAccessible(true);
            bleed = inLayout.invoke(bleed);
            Method x = PrintRenderer.class.getDeclaredMethod("xhtmlOf", Map.class, PageSize.class, Length.class, int.class);
            x.setAccessible(true);
            xhtml = (String) x.invoke(renderer, view, renderer.pageSizes().get(0), bleed, notes);
        }
        String out = all ? args[2].replaceFirst("\\.xhtml$", ".n" + notes + ".xhtml") : args[2];
        Files.writeString(Path.of(out), xhtml);
        System.out.println("wrote " + out + " (" + xhtml.length() + " chars, lang " + leaflet.language() + ")");
        }
    }
}
