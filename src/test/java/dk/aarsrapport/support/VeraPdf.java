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

    /**
     * Whether this veraPDF has a validation profile for the flavour: 1.30's library knows the WCAG 2.2 flavours
     * ({@code WCAG_2_2_MACHINE}) but ships no profile for them.
     */
    public static boolean hasProfile(PDFAFlavour flavour) {
        return org.verapdf.pdfa.validation.profiles.Profiles.getVeraProfileDirectory().getPDFAFlavours()
                .contains(flavour);
    }

    public static Map<String, Integer> failedRules(Path pdf, String flavour) throws Exception {
        return failedRules(pdf, PDFAFlavour.fromString(flavour));
    }

    public static Map<String, Integer> failedRules(Path pdf, PDFAFlavour f) throws Exception {
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
