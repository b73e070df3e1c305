package org.leafpress.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command takes. */
final class CommonOptions {

    @Option(names = "--templates", description = "templates, fonts and vocabularies (default: ${DEFAULT-VALUE})",
            defaultValue = "templates")
    Path templates;

    @Option(names = "--verbose", description = "print stack traces of unexpected errors")
    boolean verbose;
}
