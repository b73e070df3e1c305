package org.leafpress.render.print;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.leafpress.model.PrintOptions;
import org.leafpress.render.Publication;
import org.leafpress.testing.ModelFixtures;
import org.leafpress.testing.Project;

/**
 * Prints a model fixture to files, in a JVM of its own: some of OpenPDF's randomness is per JVM
 * (hash order, seeds), so reproducibility is only proven across two processes.
 */
public final class PrintFixture {

    private PrintFixture() {}

    /**
     * {@code args}: the fixture's file name, then the PDF to write; or the fixture's file name, a
     * folder, and {@code all} to write the plain PDF, the printer's master and the booklet there.
     */
    public static void main(String[] args) throws Exception {
        Publication publication = Publication.of(ModelFixtures.read(args[0]));
        if (args.length < 3) {
            Files.write(Path.of(args[1]), Project.printRenderer().renderPdf(publication).bytes());
            return;
        }
        PrintedLeaflet printed = Project.printRenderer().render(publication, PrintOptions.DEFAULTS
                .withBleedMaster(true).withBooklet(true));
        for (Map.Entry<String, byte[]> file : printed.files("leaflet", "xx").entrySet()) {
            Files.write(Path.of(args[1]).resolve(file.getKey()), file.getValue());
        }
    }
}
