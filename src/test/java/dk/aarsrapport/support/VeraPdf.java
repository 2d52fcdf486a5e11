package dk.aarsrapport.support;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Runs veraPDF on a file and returns the failed rules ("clause-test" → count); empty means compliant. */
public final class VeraPdf {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    public static Map<String, Integer> failedRules(Path pdf, String flavour) throws Exception {
        PDFAFlavour f = PDFAFlavour.fromString(flavour);
        Map<String, Integer> failed = new TreeMap<>();
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, f);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(f, false)) {
            ValidationResult result = validator.validate(parser);
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    failed.merge(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber(), 1, Integer::sum);
                }
            }
        }
        return failed;
    }
}
