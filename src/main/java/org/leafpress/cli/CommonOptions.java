package org.leafpress.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options every command takes, and the command's terminal. */
final class CommonOptions {

    /** Not given: ./templates, else the templates packed in the jar (see {@link TemplatesFolder}). */
    @Option(names = "--templates", description = "templates, fonts and vocabularies "
            + "(default: ./templates, else the templates packed in leafpress)")
    Path templates;

    @Option(names = "--verbose", description = "print stack traces of unexpected errors")
    boolean verbose;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    PrintWriter out() {
        return command.commandLine().getOut();
    }

    PrintWriter err() {
        return command.commandLine().getErr();
    }

    /** A usage error (exit 2) for a message that says what was wrong on the command line. */
    CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(command.commandLine(), message);
    }

    /** {@code value} if it is a two-letter language code; else a usage error naming {@code option}. */
    String languageCode(String option, String value) {
        if (value != null && !value.matches("[a-z]{2}")) {
            throw usage(option + " takes a two-letter ISO 639-1 code such as en or fr, not '" + value + "'");
        }
        return value;
    }

    /** {@code file} if it is a file; else a usage error (exit 2): a broken file is a content error (1), a missing one is not. */
    Path existingFile(Path file) {
        if (!Files.isRegularFile(file)) throw usage(file + ": no such file");
        return file;
    }
}
