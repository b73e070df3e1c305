package org.leafpress.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.leafpress.publish.FolderGuard;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code leafpress} command. Exit status: 0 done; 1 the content failed (a source that cannot
 * be read, a gate under --strict); 2 the command line was wrong.
 */
@Command(name = "leafpress", mixinStandardHelpOptions = true, versionProvider = Leafpress.PomVersion.class,
        description = "Publishes multilingual patient-information leaflets from mixed sources.",
        subcommands = {BuildCommand.class, ExtractCommand.class, DetectCommand.class, ParityCommand.class,
                MergeCommand.class, WatchCommand.class})
public final class Leafpress implements Runnable {

    public static final int DONE = 0;
    public static final int CONTENT_FAILED = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: build, extract, detect, parity, merge or watch");
    }

    public static void main(String[] args) {
        int status = commandLine().execute(args);
        // Under exec:java this runs inside Maven's JVM: exit only to report a failure.
        if (status != DONE) System.exit(status);
    }

    /** The command line with leafpress's exit statuses and error printing. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Leafpress());
        cl.setDefaultValueProvider(option -> option instanceof CommandLine.Model.OptionSpec o
                && o.longestName().equals("--templates") ? TemplatesFolder.byDefault().toString() : null);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("leafpress: " + e.getMessage());
            if (parseResult.hasMatchedOption("--verbose")) e.printStackTrace(commandLine.getErr());
            // Folders that overlap or do not exist are a wrong command line, not broken content.
            return e instanceof FolderGuard.Conflict ? USAGE : CONTENT_FAILED;
        });
        return cl;
    }

    /** {@code leafpress <version>}, the version in pom.xml (Maven filters {@code leafpress/version.properties}). */
    static final class PomVersion implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Leafpress.class.getResourceAsStream("/leafpress/version.properties")) {
                if (in == null) throw new IOException("leafpress/version.properties is not on the class path");
                properties.load(in);
            }
            return new String[] {"leafpress " + properties.getProperty("version")};
        }
    }
}
