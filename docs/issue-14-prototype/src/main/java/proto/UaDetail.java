package proto;

import java.nio.file.Path;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/** Every failed check of one rule, with location. args: file.pdf clause-test (e.g. 7.21.7-1) [max] */
public final class UaDetail {
    public static void main(String[] args) throws Exception {
        int max = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        var result = UaValidate.validate(Path.of(args[0]), PDFAFlavour.PDFUA_1);
        int n = 0;
        for (TestAssertion a : result.getTestAssertions()) {
            String id = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
            if (a.getStatus() == TestAssertion.Status.FAILED && id.equals(args[1]) && n++ < max) {
                System.out.println(a.getLocation().getContext() + " | " + a.getErrorMessage() + " | " + a.getErrorArguments());
            }
        }
    }
}
