package org.leafpress.render;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.leafpress.model.PrintOptions;
import org.leafpress.render.check.PdfCheck;
import org.leafpress.render.check.PdfExpectations;
import org.leafpress.render.print.PdfFinisher;
import org.leafpress.render.print.PrintRenderer;
import org.leafpress.testing.ModelFixtures;
import org.leafpress.testing.Project;

/**
 * How long printing one leaflet takes: cold (the first render in a fresh JVM, renderer set-up
 * included) and warm (the median of many renders in one JVM after a warm-up), for the plain PDF
 * alone and with the printer's master and the booklet. Not a JMH benchmark (JMH is not available
 * offline here): medians of wall-clock times, on whatever else the machine is doing, and of the
 * rendering thread's CPU time, which a loaded machine disturbs less. Run it with plain Java on the
 * test classpath (the pom's exec:java always runs the build, whatever -Dexec.mainClass says):
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.cp
 * java -cp target/classes:target/test-classes:$(cat target/test.cp) org.leafpress.render.RenderBenchmark \
 *     [--warm 50] [--warm-up 50] [--cold 5]
 * </pre>
 */
public final class RenderBenchmark {

    private static final String FIXTURE = "nemo-deficiency-syndrome.en.json";

    private RenderBenchmark() {}

    public static void main(String[] args) throws Exception {
        int warm = intArg(args, "--warm", 50);
        int warmUp = intArg(args, "--warm-up", 50);
        int cold = intArg(args, "--cold", 5);
        if (Arrays.asList(args).contains("--once")) {
            once(Arrays.asList(args).contains("--all"));
            return;
        }
        System.out.printf(Locale.ROOT, "machine: %d cores, load average %.2f, Java %s%n",
                Runtime.getRuntime().availableProcessors(), loadAverage(), System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "leaflet: %s (A5, 8 pages)%n%n", FIXTURE);

        for (boolean all : cold == 0 ? new boolean[0] : new boolean[] {false, true}) {
            String what = all ? "plain PDF + printer's master + booklet" : "plain PDF";
            List<Double> first = new ArrayList<>();
            List<Double> process = new ArrayList<>();
            for (int i = 0; i < cold; i++) {
                double[] run = coldRun(all);
                first.add(run[0]);
                process.add(run[1]);
            }
            System.out.printf(Locale.ROOT, "cold, %s: first render %s ms, whole process (JVM start included) %s ms"
                    + " (medians of %d fresh JVMs; first renders %s)%n", what, median(first), median(process), cold,
                    first.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList());
        }
        PrintRenderer renderer = Project.printRenderer();
        Publication publication = Publication.of(ModelFixtures.read(FIXTURE));
        Instant timestamp = BuildTimestamp.ofEdition(publication.leaflet().edition());
        for (boolean all : new boolean[] {false, true}) {
            PrintOptions options = all ? PrintOptions.DEFAULTS.withBleedMaster(true).withBooklet(true) : PrintOptions.DEFAULTS;
            for (int i = 0; i < warmUp; i++) renderer.render(publication, options, timestamp);
            List<Double> times = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int i = 0; i < warm; i++) {
                long start = System.nanoTime();
                long startCpu = threads.getCurrentThreadCpuTime();
                renderer.render(publication, options, timestamp);
                cpu.add((threads.getCurrentThreadCpuTime() - startCpu) / 1e6);
                times.add((System.nanoTime() - start) / 1e6);
            }
            System.out.printf(Locale.ROOT, "warm, %s: median %s ms (min %s, max %s), CPU median %s ms"
                    + " (%d renders after %d warm-up)%n", all ? "plain PDF + printer's master + booklet" : "plain PDF",
                    median(times), min(times), max(times), median(cpu), warm, warmUp);
        }
        // Where the warm time of the plain PDF goes: the checks and the PDFBox finishing pass.
        byte[] pdf = renderer.render(publication, PrintOptions.DEFAULTS, timestamp).pdf().bytes();
        PdfExpectations expected = PdfExpectations.leaflet("x.pdf", "en", List.of("What is NEMO deficiency?",
                "What causes it?", "What are the signs and symptoms?", "How is it diagnosed?", "How is it treated?",
                "What does this mean for the future?", "Is there a support group?", "Glossary"),
                renderer.pageSizes().get(0).plainBoxes(), 4);
        PdfFinisher finisher = new PdfFinisher(timestamp);
        List<Double> checks = new ArrayList<>();
        List<Double> finishes = new ArrayList<>();
        for (int i = 0; i < warmUp + warm; i++) {
            long start = System.nanoTime();
            PdfCheck.check(pdf, expected);
            long middle = System.nanoTime();
            finisher.finish(pdf);
            if (i >= warmUp) {
                checks.add((middle - start) / 1e6);
                finishes.add((System.nanoTime() - middle) / 1e6);
            }
        }
        System.out.printf(Locale.ROOT, "warm, of which: checks (PdfCheck) median %s ms; PDFBox finishing median %s ms%n",
                median(checks), median(finishes));
        System.out.printf(Locale.ROOT, "load average after: %.2f%n", loadAverage());
    }

    /** In a fresh JVM: renderer set-up and the first render, as a build's first leaflet pays them. */
    private static void once(boolean all) {
        long start = System.nanoTime();
        PrintRenderer renderer = Project.printRenderer();
        Publication publication = Publication.of(ModelFixtures.read(FIXTURE));
        renderer.render(publication, all ? PrintOptions.DEFAULTS.withBleedMaster(true).withBooklet(true)
                : PrintOptions.DEFAULTS, BuildTimestamp.ofEdition(publication.leaflet().edition()));
        System.out.println("first-render-ms " + (System.nanoTime() - start) / 1e6);
    }

    private static double[] coldRun(boolean all) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RenderBenchmark.class.getName(), "--once"));
        if (all) command.add("--all");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        int status = process.waitFor();
        double wall = (System.nanoTime() - start) / 1e6;
        if (status != 0) throw new IllegalStateException("the cold run failed:\n" + output);
        String line = output.lines().filter(l -> l.startsWith("first-render-ms ")).findFirst().orElseThrow();
        return new double[] {Double.parseDouble(line.substring("first-render-ms ".length())), wall};
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) return Integer.parseInt(args[i + 1]);
        }
        return fallback;
    }

    private static String median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        double m = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return String.format(Locale.ROOT, "%.0f", m);
    }

    private static String min(List<Double> values) {
        return String.format(Locale.ROOT, "%.0f", values.stream().mapToDouble(Double::doubleValue).min().orElse(0));
    }

    private static String max(List<Double> values) {
        return String.format(Locale.ROOT, "%.0f", values.stream().mapToDouble(Double::doubleValue).max().orElse(0));
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
