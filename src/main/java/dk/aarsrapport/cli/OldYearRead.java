package dk.aarsrapport.cli;

import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationContext;

import dk.aarsrapport.base.Texts;
import dk.aarsrapport.ingest.InputReader;
import dk.aarsrapport.ledger.LedgerBuilder;
import dk.aarsrapport.stage.LedgerData;
import dk.aarsrapport.stage.StagedData;
import dk.aarsrapport.stage.StagedFindings;
import dk.aarsrapport.stage.StagingWriter;
import dk.aarsrapport.template.OldYear;
import dk.aarsrapport.validate.ValidationRun;
import dk.aarsrapport.validate.Validator;

/**
 * The year {@code template --from} rolls forward, read as a run reads its input: the same readers, its lines built
 * from its ledger when it has no typed Regnskab, and every rule of validation.md over it, so the user hears what is
 * wrong with what is carried. Its findings do not stop the roll-forward (cli-and-output.md): they are counted.
 *
 * @param namedBy how its year was found: "mappens navn", "arket Rapport", or null when it was taken to be the
 *                year before (neither says otherwise)
 */
record OldYearRead(OldYear data, long fejl, long advarsler, String namedBy) {

    /** The one run of the private database. */
    private static final long RUN = 1;
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|2\\d)\\d\\d)(?!\\d)");

    int year() {
        return data.year();
    }

    static OldYearRead of(ApplicationContext ctx, Path folder, int newYear) {
        StagedData staged = ctx.getBean(StagedData.class);
        InputReader reader = ctx.getBean(InputReader.class);
        Path name = folder.toAbsolutePath().normalize().getFileName();
        Matcher named = YEAR.matcher(name == null ? "" : name.toString());
        int year = newYear - 1;
        String namedBy = null;
        if (named.matches()) {
            year = Integer.parseInt(named.group(1));
            namedBy = "mappens navn";
        }
        int readFindings = read(reader, staged, folder, year);
        if (namedBy == null) {
            // a folder not named by its year (a copy, "regnskab-sidste-år") tells it in its settings, if anywhere
            OptionalInt stated = stated(staged, "Prisniveau");
            stated = stated.isPresent() ? stated : stated(staged, "Titel");
            if (stated.isPresent()) {
                namedBy = "arket Rapport";
                if (stated.getAsInt() != year) {
                    year = stated.getAsInt();
                    readFindings = read(reader, staged, folder, year);
                }
            }
        }
        ctx.getBean(LedgerBuilder.class).build(RUN);
        StagingWriter more = staged.append(RUN, readFindings);
        ctx.getBean(Validator.class).validate(new ValidationRun(RUN, year), more);
        more.flush();
        long fejl = 0;
        long advarsler = 0;
        for (StagedFindings.Count c : ctx.getBean(StagedFindings.class).counts(RUN)) { // counted by the database
            fejl += c.fejl();
            advarsler += c.advarsler();
        }
        return new OldYearRead(OldYear.of(staged, ctx.getBean(LedgerData.class), RUN, year), fejl, advarsler, namedBy);
    }

    private static int read(InputReader reader, StagedData staged, Path folder, int year) {
        StagingWriter out = staged.newRun(RUN);
        reader.read(folder, year, out);
        return out.findingCount();
    }

    private static OptionalInt stated(StagedData staged, String felt) {
        String value = staged.rapport(RUN).get(Texts.key(felt));
        Matcher m = YEAR.matcher(value == null ? "" : value);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
