package dk.aarsrapport.validate;

import dk.aarsrapport.base.Finding;
import java.util.List;

import dk.aarsrapport.stage.TestStaging;

/** Runs one rule over hand-staged data for the 2015 columns. */
final class RuleTestSupport {

    private RuleTestSupport() {
    }

    static List<Finding> run(Rule rule, TestStaging data) {
        return data.findings(sink -> rule.check(new ValidationRun(data.run, 2015), sink));
    }
}
