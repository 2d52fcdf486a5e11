package dk.aarsrapport.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dk.aarsrapport.AarsrapportApplication;
import dk.aarsrapport.base.Texts;
import dk.aarsrapport.ingest.InputFiles;
import dk.aarsrapport.ingest.InputProperties;
import dk.aarsrapport.ingest.UnreadableInputException;
import dk.aarsrapport.template.OldYearRead;
import dk.aarsrapport.template.OldYearReader;
import dk.aarsrapport.template.RollForward;
import dk.aarsrapport.template.RollForwardReport;
import dk.aarsrapport.template.TemplateWorkbook;

/**
 * {@code template}: the blank workbook, which needs no database (no Spring, no lock, just the file); or with
 * {@code --from} the old year rolled forward, read and validated by the engine in a database of its own in
 * memory, so it neither waits for nor disturbs a run (or the nightly schedule) that holds the program's database.
 */
final class TemplateCommand {

    /** The one run of the private database. */
    private static final long RUN = 1;

    private final PrintStream out;
    private final String[] springArgs;

    TemplateCommand(PrintStream out, String... springArgs) {
        this.out = out;
        this.springArgs = springArgs;
    }

    int run(Commands.Template t) throws Exception {
        if (t.year < 1900 || t.year > 2999) {
            throw new UserError("Året " + t.year + " er ikke et gyldigt regnskabsår.");
        }
        if (!t.output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new UserError("Skabelonen skal have endelsen .xlsx: " + t.output);
        }
        if (Files.isDirectory(t.output)) {
            throw new UserError(t.output + " er en mappe; angiv et filnavn, fx " + t.output.resolve("aarsregnskab.xlsx"));
        }
        if (t.from == null) {
            written(t, () -> {
                TemplateWorkbook.write(t.year, t.output);
                return null;
            });
            out.println("Skabelonen for " + t.year + " er skrevet til " + t.output + ".");
            return ExitStatus.OK;
        }
        checkFolder(t);
        try (ConfigurableApplicationContext ctx = startSpring()) {
            Settings.check(ctx, InputProperties.class);
            OldYearRead old;
            try {
                old = ctx.getBean(OldYearReader.class).read(t.from, t.year, RUN);
            } catch (UnreadableInputException e) {
                throw new UserError("Forrige års input (--from " + t.from + ") kan ikke læses: " + e.getMessage()
                        + " Intet er skrevet.");
            }
            RollForward.Carried carried = written(t, () -> RollForward.write(old.data(), t.year, t.output));
            String from = Texts.visible(t.from.toString());
            RollForwardReport.lines(t.from.toString(), t.output.toString(), t.year, old, carried,
                    y -> "aarsrapport validate --year " + y + (y == t.year ? "" : " --input " + from))
                    .forEach(out::println);
            return ExitStatus.OK;
        }
    }

    /** An input year folder: a folder with at least one workbook or CSV file the readers would read. */
    private static void checkFolder(Commands.Template t) throws UserError {
        Path from = t.from;
        String expected = "; angiv forrige års inputmappe, fx input/" + (t.year - 1)
                + " (en mappe med årets .xlsx- eller .csv-filer).";
        if (!Files.exists(from)) {
            throw new UserError("--from " + from + " findes ikke" + expected);
        }
        if (!Files.isDirectory(from)) {
            throw new UserError("--from " + from + " er en fil, ikke en mappe" + expected);
        }
        try {
            if (InputFiles.readable(from).isEmpty()) {
                throw new UserError("--from " + from + " er ikke en inputmappe: den har ingen .xlsx- eller .csv-filer"
                        + expected);
            }
        } catch (UnreadableInputException e) {
            throw new UserError("--from " + from + " kan ikke læses: " + e.getMessage());
        }
        Path parent = t.output.toAbsolutePath().normalize().getParent();
        try {
            if (parent != null && Files.isDirectory(parent) && Files.isSameFile(parent, from)) {
                // the old year would read its successor's workbook as its own input next time
                throw new UserError("Den nye skabelon må ikke skrives i forrige års inputmappe " + from
                        + "; angiv en anden mappe, fx input/" + t.year + "/.");
            }
        } catch (IOException e) {
            throw new UserError("--from " + from + " kan ikke læses: " + e.getMessage());
        }
    }

    interface Writing<T> {
        T write() throws IOException;
    }

    private static <T> T written(Commands.Template t, Writing<T> writing) throws UserError, IOException {
        try {
            return writing.write();
        } catch (FileSystemException e) {
            // a folder that cannot be written to is the user's --output, not an internal failure; the
            // exception names the hidden work file or a folder on the way, so say what is wrong instead
            String why = e instanceof AccessDeniedException ? "ingen skriveadgang"
                    : e instanceof FileAlreadyExistsException ? e.getFile() + " er en fil, ikke en mappe"
                    : e instanceof NoSuchFileException ? "mappen kan ikke oprettes eller skrives i"
                    : e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
            throw new UserError(Texts.visible("Skabelonen kan ikke skrives til " + t.output + " (" + why + ")."));
        }
    }

    /** Spring with a private database in memory: the data folder's database and its lock are never touched. */
    private ConfigurableApplicationContext startSpring() {
        String[] own = {"--spring.datasource.url=jdbc:hsqldb:mem:aarsrapport-template-" + UUID.randomUUID()
                + ";shutdown=true", "--spring.datasource.username=SA", "--spring.datasource.password=",
            "--spring.datasource.driver-class-name=org.hsqldb.jdbc.JDBCDriver"};
        return new SpringApplicationBuilder(AarsrapportApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .listeners(new DataFolder())
                .run(Stream.concat(Arrays.stream(springArgs), Arrays.stream(own)).toArray(String[]::new));
    }
}
