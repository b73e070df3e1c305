package proto;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF in-process: PDF/UA-1 (or another flavour) failed rules with counts and a sample. args: file.pdf [flavour id, e.g. ua1 or 2a] */
public final class UaValidate {

    public static ValidationResult validate(Path pdf, PDFAFlavour flavour) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();   // once per JVM: registers the Greenfield parser
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour)) {
            // logPassedChecks=false: only failed assertions come back.
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            return validator.validate(parser);
        }
    }

    public static void main(String[] args) throws Exception {
        PDFAFlavour flavour = args.length > 1 ? PDFAFlavour.byFlavourId(args[1]) : PDFAFlavour.PDFUA_1;
        for (String f : args[0].split(",")) {
            long t = System.nanoTime();
            ValidationResult result = validate(Path.of(f), flavour);
            Map<String, Integer> counts = new TreeMap<>();
            Map<String, String> sample = new LinkedHashMap<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() != TestAssertion.Status.FAILED) continue;
                String id = a.getRuleId().getSpecification().getId() + " " + a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
                counts.merge(id, 1, Integer::sum);
                sample.putIfAbsent(id, a.getMessage().replaceAll("\\s+", " ") + " @ " + a.getLocation().getContext()
                        + (a.getErrorMessage() != null ? " | " + a.getErrorMessage() : ""));
            }
            System.out.printf("%s: %s %s, failed rules %d, failed checks %d (%.0f ms)%n", f, flavour.getId(),
                    result.isCompliant() ? "COMPLIANT" : "NOT compliant", counts.size(),
                    counts.values().stream().mapToInt(Integer::intValue).sum(), (System.nanoTime() - t) / 1e6);
            for (var e : counts.entrySet()) {
                System.out.printf("  %-28s x%-4d %s%n", e.getKey(), e.getValue(), abbreviate(sample.get(e.getKey()), 260));
            }
        }
    }

    private static String abbreviate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n) + "…";
    }
}
