package dk.aarsrapport.template;

import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.Texts;
import dk.aarsrapport.ingest.InputReader;
import dk.aarsrapport.ledger.LedgerBuilder;
import dk.aarsrapport.stage.LedgerData;
import dk.aarsrapport.stage.StagedData;
import dk.aarsrapport.stage.StagedFindings;
import dk.aarsrapport.stage.StagingWriter;
import dk.aarsrapport.validate.ValidationRun;
import dk.aarsrapport.validate.Validator;

/**
 * Reads the year a roll-forward starts from as a run reads its input: the same readers, its lines built from its
 * ledger when it has no typed Regnskab, and every rule of validation.md over it, so the user hears what is wrong
 * with what is carried. Its findings do not stop the roll-forward (cli-and-output.md): they are counted.
 */
@Component
public class OldYearReader {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|2\\d)\\d\\d)(?!\\d)");

    private final InputReader reader;
    private final StagedData staged;
    private final LedgerBuilder ledger;
    private final Validator validator;
    private final StagedFindings findings;
    private final LedgerData ledgerData;

    OldYearReader(InputReader reader, StagedData staged, LedgerBuilder ledger, Validator validator,
                  StagedFindings findings, LedgerData ledgerData) {
        this.reader = reader;
        this.staged = staged;
        this.ledger = ledger;
        this.validator = validator;
        this.findings = findings;
        this.ledgerData = ledgerData;
    }

    /**
     * Stages {@code folder} under {@code run} (whatever was staged there before is removed) and reads it back.
     * {@code run} must be one no job uses: the command line's private database has only this run, the console
     * keeps one id aside for it.
     */
    public OldYearRead read(Path folder, int newYear, long run) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        Matcher named = YEAR.matcher(name == null ? "" : name.toString());
        int year = newYear - 1;
        String namedBy = null;
        if (named.matches()) {
            year = Integer.parseInt(named.group(1));
            namedBy = "mappens navn";
        }
        int readFindings = stage(folder, year, run);
        if (namedBy == null) {
            // a folder not named by its year (a copy, "regnskab-sidste-år") tells it in its settings, if anywhere
            OptionalInt stated = stated(run, "Prisniveau");
            stated = stated.isPresent() ? stated : stated(run, "Titel");
            if (stated.isPresent()) {
                namedBy = "arket Rapport";
                if (stated.getAsInt() != year) {
                    year = stated.getAsInt();
                    readFindings = stage(folder, year, run);
                }
            }
        }
        ledger.build(run);
        StagingWriter more = staged.append(run, readFindings);
        validator.validate(new ValidationRun(run, year), more);
        more.flush();
        long fejl = 0;
        long advarsler = 0;
        for (StagedFindings.Count c : findings.counts(run)) { // counted by the database
            fejl += c.fejl();
            advarsler += c.advarsler();
        }
        return new OldYearRead(OldYear.of(staged, ledgerData, run, year), fejl, advarsler, namedBy);
    }

    private int stage(Path folder, int year, long run) {
        StagingWriter out = staged.newRun(run);
        reader.read(folder, year, out);
        return out.findingCount();
    }

    private OptionalInt stated(long run, String felt) {
        String value = staged.rapport(run).get(Texts.key(felt));
        Matcher m = YEAR.matcher(value == null ? "" : value);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
