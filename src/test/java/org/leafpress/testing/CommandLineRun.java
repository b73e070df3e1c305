package org.leafpress.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.leafpress.cli.Leafpress;
import picocli.CommandLine;

/** One run of the {@code leafpress} command: its exit status and what it printed. */
public record CommandLineRun(int status, String out, String err) {

    /** {@code leafpress args...} in this JVM, from the project folder. */
    public static CommandLineRun leafpress(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Leafpress.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int status = cl.execute(args);
        return new CommandLineRun(status, out.toString(), err.toString());
    }

    /**
     * {@code leafpress args...} in a fresh JVM on this test run's class path, started in
     * {@code workingFolder}: what a user running the jar from another folder sees.
     */
    public static CommandLineRun inFreshJvm(Path workingFolder, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", absoluteClassPath(), Leafpress.class.getName()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).directory(workingFolder.toFile()).start();
            // Read standard error on a thread of its own, so neither pipe fills and blocks the other.
            StringBuilder err = new StringBuilder();
            Thread errReader = new Thread(() -> {
                try {
                    err.append(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException ignored) {
                    // The process is gone: what was read is what there is.
                }
            });
            errReader.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = p.waitFor();
            errReader.join();
            return new CommandLineRun(status, out, err.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The class path with each entry made absolute, so that it holds from another working folder. */
    private static String absoluteClassPath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            entries.add(Path.of(entry).toAbsolutePath().toString());
        }
        return String.join(java.io.File.pathSeparator, entries);
    }
}
