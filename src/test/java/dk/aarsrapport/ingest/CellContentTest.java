package dk.aarsrapport.ingest;

import static dk.aarsrapport.ingest.HostileInputTest.baseline;
import static dk.aarsrapport.ingest.HostileInputTest.row;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.CsvFixture;
import dk.aarsrapport.support.Pdfs;

/**
 * Issue 15, what arrives inside a cell: control characters that would steer an operator's terminal, a date
 * typed where an amount belongs, a text longer than a cell. Each fixture is the clean two-politikområde
 * workbook of {@link HostileInputTest} (Alfa 10, Beta 20, year 2020) with one cell changed.
 */
class CellContentTest {

    static final String BOOK = HostileInputTest.BOOK;
    /** What a terminal acts on or hides: C0 (but the line break), DEL, C1, bidi controls, zero-width characters. */
    static final Pattern HIDDEN = Pattern.compile(
            "[\\x00-\\x09\\x0B-\\x1F\\x7F-\\x9F\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");
    /** ESC [2J clears a terminal, ESC ]0; sets its title; NUL cuts a C string; U+202E turns the rest around. */
    static final String HOSTILE = "Gamma\u001B[2J\u001B]0;x\u0007\u0000\u202Efdp.exe";
    /** The same as Excel writes it in a workbook (XML cannot hold most control characters): _xHHHH_. */
    static final String HOSTILE_XLSX = "Gamma_x001B_[2J_x001B_]0;x_x0007__x0000_\u202Efdp.exe";
    static final String SHOWN = "Gamma\\u001B[2J\\u001B]0;x\\u0007\\u0000\\u202Efdp.exe";

    @TempDir
    Path tmp;

    Path in;
    Path out;

    @BeforeEach
    void folders() throws IOException {
        in = Files.createDirectories(tmp.resolve("input/2020"));
        out = tmp.resolve("output/2020");
    }

    @Nested
    class Case11ControlCharacters {

        @Test
        void fromAWorkbookCellAreShownEscapedOnTheConsoleAndInTheValidationReport() throws IOException {
            baseline().add("Tekster", HOSTILE_XLSX, "Regnskabsresultat", "Tekst.")
                    .set("Regnskab", 1, 5, "12_x001B_[31m").write(in.resolve(BOOK));
            Run run = run("validate");
            assertThat(run.exit).as(run.toString()).isEqualTo(1);
            assertVisible("console", run.toString());
            assertThat(run.out).contains("Tekster!A4").contains(SHOWN).contains("12\\u001B[31m");
            assertVisibleReports();
        }

        @Test
        void fromACsvFieldAreShownEscapedToo() throws IOException {
            baseline().without("Tekster").write(in.resolve(BOOK));
            CsvFixture.write(in.resolve("tekster.csv"), List.of(new String[] {"Politikområde", "Afsnit", "Tekst"},
                    new String[] {"Alfa", "Regnskabsresultat", "Tekst."},
                    new String[] {HOSTILE, "Regnskabsresultat", "Tekst."}));
            Run run = run("validate");
            assertThat(run.exit).as(run.toString()).isEqualTo(1);
            assertVisible("console", run.toString());
            assertThat(run.out).contains("linje 3, kolonne Politikområde").contains(SHOWN);
            assertVisibleReports();
        }

        /** The database keeps the name as it came; `history` shows it, as the console does, escaped. */
        @Test
        void inARecipientsNameAreShownEscapedByHistory() throws IOException {
            baseline().sheet("Modtagere", row("Navn", "E-mail", "Udvalg", "Politikområde"),
                    row("Leder_x001B_[2J_x0000_ af Beta\u202E", "leder@example.org", null, "Beta")).write(in.resolve(BOOK));
            Run run = run("generate", "--dry-run");
            assertThat(run.exit).as(run.toString()).isZero();
            assertVisible("console", run.toString());
            CliRun history = CliRun.of(tmp.resolve("data"), "history");
            assertThat(history.exit).as(history.toString()).isZero();
            assertVisible("history", history.toString());
            assertThat(history.out).contains("Leder\\u001B[2J\\u0000 af Beta\\u202E <leder@example.org>");
        }

        /**
         * The PDF draws no control character (no font has a glyph for one) and stays PDF/A and PDF/UA; the
         * finance officer is told, once per sheet, where the first one is, since nothing in the PDF shows it.
         */
        @Test
        void inATextAreLeftOutOfThePdfWhichStaysConformingAndTheCellIsNamed() throws Exception {
            baseline().add("Tekster", "Alfa", "Om politikområdet", "Før_x001B_[2J_x0000__x0007_\u202E\u0085\u007FEfter.")
                    .set("Regnskab", 1, 1, "Drift_x001B_[31m").write(in.resolve(BOOK));
            Run run = run("generate");
            assertThat(run.exit).as(run.toString()).isZero();
            assertVisible("console", run.toString());
            Path pdf = out.resolve("politikomraader/10-alfa.pdf");
            String text = Pdfs.text(pdf);
            assertHidesNothing("PDF", text.replace("\n", " "));
            assertThat(text).contains("Før[2JEfter.").contains("Drift[31m");
            assertThat(dk.aarsrapport.support.VeraPdf.failedRules(pdf, "2a")).isEmpty();
            assertThat(dk.aarsrapport.support.VeraPdf.failedRules(pdf, "ua1")).isEmpty();
            assertThat(findings()).filteredOn(f -> f.severity().equals("ADVARSEL"))
                    .extracting(f -> f.area() + " " + f.cell() + " " + f.message())
                    .containsExactlyInAnyOrder(
                            "Alfa Regnskab!B2 Cellen indeholder styretegnet \\u001B, som ikke kan ses og udelades i "
                                    + "PDF'en; fjern det fra cellen.",
                            "Alfa Tekster!C4 Cellen indeholder styretegnet \\u001B, som ikke kan ses og udelades i "
                                    + "PDF'en; fjern det fra cellen.");
        }

        /** The change report and the change lines of the console list a renamed line by its new name. */
        @Test
        void inARenamedLineAreShownEscapedInTheChangeReport() throws IOException {
            baseline().write(in.resolve(BOOK));
            assertThat(run("generate").exit).isZero();
            baseline().set("Regnskab", 2, 1, "Anlæg_x001B_[2J").write(in.resolve(BOOK));
            Run run = run("generate");
            assertThat(run.exit).as(run.toString()).isZero();
            assertVisible("console", run.toString());
            assertThat(run.out).contains("Alfa: ny linje \"Anlæg\\u001B[2J\"");
            String html = Files.readString(out.resolve("aendringer.html"), UTF_8);
            assertHidesNothing("aendringer.html", html);
            assertThat(html).contains("ny linje \"Anlæg\\u001B[2J\"");
        }

        private void assertVisibleReports() throws IOException {
            String csv = Files.readString(out.resolve("validering.csv"), UTF_8).replace("\r\n", "\n");
            assertHidesNothing("validering.csv", csv.startsWith("\uFEFF") ? csv.substring(1) : csv);
            assertThat(csv).contains(SHOWN);
            String html = Files.readString(out.resolve("validering.html"), UTF_8);
            assertHidesNothing("validering.html", html);
            assertThat(html).contains(SHOWN.replace("&", "&amp;"));
        }
    }

    @Nested
    class Case13DateInAnAmount {

        /** Built-in formats 14 and 22, and custom ones; 1 May 2020 is serial number 43952. */
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"m/d/yy|01-05-2020", "dd-mm-yyyy|01-05-2020", "d. mmmm yyyy|1. maj 2020",
                "yyyy-mm-dd hh:mm|2020-05-01 00:00", "m/d/yy h:mm|01-05-2020 00:00"})
        void inAWorkbookIsAFindingOnThatCellNotASerialNumberInASum(String format, String shown) throws IOException {
            baseline().write(in.resolve(BOOK));
            withDate(in.resolve(BOOK), "Regnskab", 1, 5, format);
            Run run = run("validate");
            Finding date = assertFejl(run, "S1", "Regnskab!F2");
            assertThat(date.area()).isEqualTo("Alfa");
            assertThat(date.found()).isEqualTo(shown);
            assertThat(date.message()).contains("en dato, ikke et beløb").contains(shown);
            // the serial number is in no sum: 1 May 2020 + 500 would be 44.452
            assertThat(findings()).noneMatch(f -> (f.found() + f.expected() + f.message()).matches(".*4[34]\\.?[0-9]52.*"));
        }

        @Test
        void aNumberFormatThatQuotesOrBracketsDateLettersIsStillANumber() throws IOException {
            baseline().write(in.resolve(BOOK));
            withFormat(in.resolve(BOOK), "Regnskab", 1, 5, "#,##0\" dage\"");
            withFormat(in.resolve(BOOK), "Regnskab", 2, 5, "[Red]#,##0");
            Run run = run("validate");
            assertThat(run.exit).as(run.toString()).isZero();
        }

        @Test
        void asAMaalvaerdiIsAFindingToo() throws IOException {
            baseline().write(in.resolve(BOOK));
            withDate(in.resolve(BOOK), "Målinger", 1, 9, "dd-mm-yyyy");
            Finding date = assertFejl(run("validate"), "S1", "Målinger!J2");
            assertThat(date.message()).contains("Målværdi er en dato");
        }

        @Test
        void typedInACsvFileIsAFindingThatSaysItIsADate() throws IOException {
            baseline().without("Regnskab").write(in.resolve(BOOK));
            CsvFixture.write(in.resolve("regnskab.csv"), List.of(
                    new String[] {"Politikområde", "Linje", "Regnskab 2019", "Budget 2020", "Korr. budget 2020",
                            "Regnskab 2020", "Afvigelse"},
                    new String[] {"Alfa", "Drift", "1000", "1000", "1000", "01-05-2020", "10"},
                    new String[] {"Alfa", "I alt", "1000", "1000", "1000", "1010", "10"},
                    new String[] {"Beta", "Drift", "200", "200", "200", "210", "10"},
                    new String[] {"Beta", "I alt", "200", "200", "200", "210", "10"}));
            Finding date = assertFejl(run("validate"), "S1", "linje 2, kolonne Regnskab 2020");
            assertThat(date.found()).isEqualTo("01-05-2020");
            assertThat(date.message()).contains("en dato, ikke et beløb");
        }
    }

    @Nested
    class Case15OverlongText {

        @Test
        void inACsvFileNamesItsPolitikomraadeAndBlocksOnlyThatOne() throws IOException {
            baseline().without("Tekster").write(in.resolve(BOOK));
            CsvFixture.write(in.resolve("tekster.csv"), List.of(new String[] {"Politikområde", "Afsnit", "Tekst"},
                    new String[] {"Alfa", "Regnskabsresultat", "Regnskabet for Alfa er i balance."},
                    new String[] {"Beta", "Om politikområdet", "x".repeat(40_000)}));
            assertOnlyBetaBlocked("linje 3, kolonne Tekst", "tekster.csv");
        }

        /** Excel stops at 32.767 characters; a hand-made workbook does not. */
        @Test
        void inAWorkbookNamesItsPolitikomraadeAndBlocksOnlyThatOne() throws IOException {
            baseline().write(in.resolve(BOOK));
            HostileInputTest.replaceEntries(in.resolve(BOOK), Map.of(HostileInputTest.sheetPart(2),
                    HostileInputTest.xml("", List.of(row("Politikområde", "Afsnit", "Tekst"),
                            row("Alfa", "Regnskabsresultat", "Regnskabet for Alfa er i balance."),
                            row("Beta", "Om politikområdet", "x".repeat(40_000))))));
            assertOnlyBetaBlocked("Tekster!C3", BOOK);
        }

        private void assertOnlyBetaBlocked(String cell, String file) throws IOException {
            Run run = run("generate");
            Finding f = assertFejl(run, "S1", cell);
            assertThat(f.area()).isEqualTo("Beta");
            assertThat(f.message()).contains("40.000 tegn");
            assertThat(run.out).contains("FEJL S1 Beta, " + file + " " + cell + ": ");
            assertThat(Pdfs.text(out.resolve("politikomraader/10-alfa.pdf"))).contains("Regnskabet for Alfa er i balance.");
            assertThat(out.resolve("politikomraader/20-beta.pdf")).doesNotExist();
            assertThat(run.out).contains("Ikke udgivet på grund af valideringsfejl: 20 Beta.");
        }
    }

    // ---------------------------------------------------------------- fixtures and assertions

    /** Makes a cell of a written workbook a date (1 May 2020) in the given number format. */
    private static void withDate(Path book, String sheet, int row, int column, String format) throws IOException {
        edit(book, wb -> {
            CellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat(format));
            var cell = wb.getSheet(sheet).getRow(row).getCell(column);
            cell.setCellValue(LocalDate.of(2020, 5, 1));
            cell.setCellStyle(style);
        });
    }

    private static void withFormat(Path book, String sheet, int row, int column, String format) throws IOException {
        edit(book, wb -> {
            CellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat(format));
            wb.getSheet(sheet).getRow(row).getCell(column).setCellStyle(style);
        });
    }

    private static void edit(Path book, java.util.function.Consumer<XSSFWorkbook> change) throws IOException {
        byte[] bytes;
        try (InputStream is = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(is)) {
            change.accept(wb);
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            wb.write(buffer);
            bytes = buffer.toByteArray();
        }
        try (OutputStream os = Files.newOutputStream(book)) {
            os.write(bytes);
        }
    }

    /** Console lines: nothing hidden, each at most 300 characters. */
    private static void assertVisible(String where, String text) {
        assertHidesNothing(where, text);
        assertThat(text.lines()).as(where).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(300));
    }

    private static void assertHidesNothing(String where, String text) {
        var m = HIDDEN.matcher(text);
        assertThat(m.find()).as("%s shows U+%04X raw:%n%s", where, m.hitEnd() ? 0 : (int) text.charAt(m.start()),
                text).isFalse();
    }

    record Run(int exit, String out, String err, String system) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err + "--- System.out/err\n" + system;
        }
    }

    /** Runs the command; a stack trace on any stream, from the program or a library, fails the test. */
    private Run run(String command, String... more) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream system = new ByteArrayOutputStream();
        Run run;
        try (PrintStream capture = new PrintStream(system, true, UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of(command, "--input", in.toString(),
                    "--output", out.toString()), java.util.stream.Stream.of(more)).toArray(String[]::new);
            CliRun r = CliRun.of(tmp.resolve("data"), args);
            run = new Run(r.exit, r.out, r.err, system.toString(UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        for (String s : List.of(run.out, run.err, run.system)) {
            assertThat(s).as(run.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        }
        return run;
    }

    record Finding(String severity, String rule, String area, String file, String sheet, String cell,
                   String found, String expected, String message) {
    }

    private List<Finding> findings() throws IOException {
        return CsvFixture.rows(out.resolve("validering.csv")).stream().skip(1)
                .map(r -> new Finding(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8])).toList();
    }

    /** The FEJL of the rule at the cell, with exit 1. */
    private Finding assertFejl(Run run, String rule, String cell) throws IOException {
        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        List<Finding> all = findings();
        return all.stream().filter(f -> f.severity().equals("FEJL") && f.rule().equals(rule) && f.cell().equals(cell))
                .findFirst().orElseThrow(() -> new AssertionError("no FEJL " + rule + " at " + cell + " in " + all));
    }
}
