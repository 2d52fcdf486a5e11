package dk.aarsrapport.validate;

import dk.aarsrapport.base.FindingSink;
import java.util.List;

import org.springframework.stereotype.Component;

/** Runs every rule over a run's staged data; all findings are collected, none stops the run. */
@Component
public class Validator {

    private final List<Rule> rules;

    Validator(List<Rule> rules) {
        this.rules = rules;
    }

    public void validate(ValidationRun run, FindingSink findings) {
        for (Rule rule : rules) {
            rule.check(run, findings);
        }
    }
}
