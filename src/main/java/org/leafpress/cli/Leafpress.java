package org.leafpress.cli;

import org.leafpress.publish.FolderGuard;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code leafpress} command. Exit status: 0 done; 1 the content failed (a source that cannot
 * be read, a gate under --strict); 2 the command line was wrong.
 */
@Command(name = "leafpress", mixinStandardHelpOptions = true, version = "leafpress 0.1.0",
        description = "Publishes multilingual patient-information leaflets from mixed sources.",
        subcommands = {BuildCommand.class, ExtractCommand.class, DetectCommand.class, ParityCommand.class})
public final class Leafpress implements Runnable {

    public static final int DONE = 0;
    public static final int CONTENT_FAILED = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: build, extract, detect or parity");
    }

    public static void main(String[] args) {
        int status = commandLine().execute(args);
        // Under exec:java this runs inside Maven's JVM: exit only to report a failure.
        if (status != DONE) System.exit(status);
    }

    /** The command line with leafpress's exit statuses and error printing. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Leafpress());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("leafpress: " + e.getMessage());
            if (parseResult.hasMatchedOption("--verbose")) e.printStackTrace(commandLine.getErr());
            // Folders that overlap or do not exist are a wrong command line, not broken content.
            return e instanceof FolderGuard.Conflict ? USAGE : CONTENT_FAILED;
        });
        return cl;
    }
}
