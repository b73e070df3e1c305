package org.leafpress.render;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints a model fixture to a file, in a JVM of its own: some of OpenPDF's randomness is per JVM
 * (hash order, seeds), so reproducibility is only proven across two processes.
 */
public final class PrintFixture {

    private PrintFixture() {}

    /** {@code args}: the fixture's file name, then the PDF to write. */
    public static void main(String[] args) throws Exception {
        RenderedPdf pdf = Project.printRenderer().renderPdf(Publication.of(ModelFixtures.read(args[0])));
        Files.write(Path.of(args[1]), pdf.bytes());
    }
}
