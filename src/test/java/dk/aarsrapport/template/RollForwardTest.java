package dk.aarsrapport.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.base.DanishNumbers;
import dk.aarsrapport.base.RollForwardMarker;
import dk.aarsrapport.base.SheetKind;
import dk.aarsrapport.base.Texts;
import dk.aarsrapport.ledger.TestLedger;
import dk.aarsrapport.stage.Effektmaal;
import dk.aarsrapport.stage.RegnskabLinje;
import dk.aarsrapport.stage.StagingWriter;
import dk.aarsrapport.stage.Tekst;
import dk.aarsrapport.stage.TwoYearStaging;
import dk.aarsrapport.support.CsvFixture;
import dk.aarsrapport.support.Readers;
import dk.aarsrapport.support.Samples;

/**
 * {@code template --from}'s workbook from the 2015 CSV sample: what is carried, and what the engine's own reader
 * makes of it as the input of 2016 (the cached values of the formulas are all that reader sees).
 */
class RollForwardTest {

    private static final long OLD = 1;
    private static final long NEW = 2;

    @TempDir
    Path tmp;

    TwoYearStaging db;
    Path target;
    RollForward.Carried carried;

    /** Stages {@code folder} as 2015, rolls it forward to 2016, and stages the result as 2016's input. */
    void rollForward(Path folder) throws IOException {
        db = new TwoYearStaging(tmp.resolve("staging"), 2016);
        StagingWriter w = db.staged.newRun(OLD);
        Readers.input().read(folder, 2015, w);
        TestLedger.build(db.ledger, db.staged, OLD);
        target = tmp.resolve("input/2016/aarsregnskab.xlsx");
        carried = RollForward.write(OldYear.of(db.staged, db.ledger, OLD, 2015), 2016, target);
        Readers.input().read(target.getParent(), 2016, db.staged.newRun(NEW));
    }

    /** The fixture's Regnskab 2015 per line ("politikområde|linje"), I alt rows left out. */
    static Map<String, BigDecimal> regnskab2015() throws IOException {
        Map<String, BigDecimal> lines = new LinkedHashMap<>();
        for (String[] r : CsvFixture.rows(Samples.CSV_2015.resolve("regnskab.csv")).stream().skip(1).toList()) {
            if (!Texts.key(r[1]).equals("i alt")) {
                lines.put(r[0] + "|" + r[1], DanishNumbers.parse(r[5]).orElseThrow().stripTrailingZeros());
            }
        }
        return lines;
    }

    @Nested
    class FromTheTypedTable {

        @BeforeEach
        void roll() throws IOException {
            rollForward(Samples.copy(Samples.CSV_2015, tmp.resolve("input/2015")));
        }

        @Test
        void carriesEverySheetButKontiAndTheEngineReadsItWithoutAReadingError() throws IOException {
            assertThat(carried.rows().keySet()).containsExactly(SheetKind.RAPPORT, SheetKind.POLITIKOMRAADER,
                    SheetKind.REGNSKAB, SheetKind.TEKSTER, SheetKind.EFFEKTMAAL, SheetKind.MAALINGER,
                    SheetKind.MODTAGERE, SheetKind.MAALOPFOELGNING, SheetKind.KONTOPLAN);
            assertThat(db.staged.politikomraader(NEW)).extracting(p -> p.nr() + " " + p.navn() + " " + p.udvalg())
                    .isEqualTo(db.staged.politikomraader(OLD).stream().map(p -> p.nr() + " " + p.navn() + " "
                            + p.udvalg()).toList()).isNotEmpty();
            assertThat(db.staged.modtagere(NEW)).extracting(m -> m.navn() + m.email() + m.udvalg() + m.politikomraade())
                    .isEqualTo(db.staged.modtagere(OLD).stream().map(m -> m.navn() + m.email() + m.udvalg()
                            + m.politikomraade()).toList()).isNotEmpty();
            assertThat(carried.rows().get(SheetKind.MODTAGERE)).isEqualTo(db.staged.modtagere(OLD).size());
            // the history and its future targets, as they were shown (28,4 stays 28,4)
            assertThat(db.staged.maalinger(NEW)).extracting(m -> List.of(m.maal(), String.valueOf(m.aar()),
                    String.valueOf(m.vaerdiTekst()), String.valueOf(m.maalvaerdiTekst()), m.enhed()))
                    .isEqualTo(db.staged.maalinger(OLD).stream().map(m -> List.of(m.maal(), String.valueOf(m.aar()),
                            String.valueOf(m.vaerdiTekst()), String.valueOf(m.maalvaerdiTekst()), m.enhed())).toList())
                    .isNotEmpty();
            assertThat(db.staged.findings(NEW)).filteredOn(f -> f.severity() == dk.aarsrapport.base.Severity.FEJL)
                    .as("reading 2016 finds no error").isEmpty();
            try (XSSFWorkbook wb = TemplateWorkbookTest.open(target)) {
                assertThat(wb.getSheet("Konti").getLastRowNum()).as("Konti carries nothing").isZero();
                assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Vejledning");
            }
        }

        @Test
        void movesTitleAndPriceLevelToTheNewYear() {
            Map<String, String> old = db.staged.rapport(OLD);
            Map<String, String> rapport = db.staged.rapport(NEW);
            assertThat(rapport.get("kommune")).isEqualTo(old.get("kommune")).isNotBlank();
            assertThat(rapport.get("titel")).isEqualTo(old.get("titel").replace("2015", "2016")).contains("2016");
            assertThat(rapport.get("prisniveau")).isEqualTo("2016 P/L");
        }

        @Test
        void regnskabYMinus1IsLastYearsRegnskabAndTheYearIsLeftEmpty() throws IOException {
            Map<String, BigDecimal> read = new LinkedHashMap<>();
            List<RegnskabLinje> totals = new ArrayList<>();
            for (RegnskabLinje l : db.staged.regnskab(NEW, db.staged.politikomraader(NEW).get(0).navn())) {
                if (l.isTotal()) {
                    continue;
                }
                assertThat(l.budget()).isNull();
                assertThat(l.korrBudget()).isNull();
                assertThat(l.regnskab()).isNull();
            }
            db.staged.forEachRegnskab(NEW, (java.util.function.Consumer<RegnskabLinje>) l -> {
                if (l.isTotal()) {
                    totals.add(l);
                } else {
                    read.put(l.politikomraade() + "|" + l.linje(), l.regnskabForrige().stripTrailingZeros());
                }
            });
            assertThat(read).isEqualTo(regnskab2015());
            assertThat(totals).hasSize(db.staged.politikomraader(OLD).size());
            // the cached values of the sums, as a reader that never ran Excel sees them; a published total that
            // rounding made differ from its lines' sum stays what last year's report printed
            Map<String, BigDecimal> published = new LinkedHashMap<>();
            for (String[] r : CsvFixture.rows(Samples.CSV_2015.resolve("regnskab.csv"))) {
                if (Texts.key(r[1]).equals("i alt")) {
                    published.put(r[0], DanishNumbers.parse(r[5]).orElseThrow());
                }
            }
            for (RegnskabLinje total : totals) {
                BigDecimal sum = regnskab2015().entrySet().stream()
                        .filter(e -> e.getKey().startsWith(total.politikomraade() + "|"))
                        .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(total.regnskabForrige()).isEqualByComparingTo(published.getOrDefault(
                        total.politikomraade(), sum));
                assertThat(total.budget()).isEqualByComparingTo("0");
                assertThat(total.afvigelse()).isEqualByComparingTo("0");
            }
        }

        @Test
        void afvigelseAndIAltAreFormulas() throws IOException {
            try (XSSFWorkbook wb = TemplateWorkbookTest.open(target)) {
                Sheet sheet = wb.getSheet("Regnskab");
                Row first = sheet.getRow(1);
                assertThat(first.getCell(6).getCellType()).isEqualTo(CellType.FORMULA);
                assertThat(first.getCell(6).getCellFormula()).isEqualTo("F2-E2");
                Row total = null;
                for (Row r : sheet) {
                    if (r.getRowNum() > 0 && r.getCell(1).getStringCellValue().equals("I alt")) {
                        total = r;
                        break;
                    }
                }
                assertThat(total).isNotNull();
                int last = total.getRowNum();
                assertThat(total.getCell(2).getCellType()).isIn(CellType.FORMULA, CellType.NUMERIC);
                for (int c = 3; c <= 5; c++) {
                    assertThat(total.getCell(c).getCellType()).isEqualTo(CellType.FORMULA);
                    String column = String.valueOf((char) ('A' + c));
                    assertThat(total.getCell(c).getCellFormula()).isEqualTo("SUM(" + column + "2:" + column + last + ")");
                }
                assertThat(total.getCell(6).getCellFormula()).isEqualTo("F" + (last + 1) + "-E" + (last + 1));
                assertThat(wb.getForceFormulaRecalculation()).isTrue();
                // the blank template's data validation is there: numbers for amounts
                assertThat(sheet.getDataValidations()).isNotEmpty();
            }
        }

        @Test
        void everyCarriedTextStartsWithTheMarkerAndKeepsItsLinkedFigures() {
            List<Tekst> old = db.staged.tekster(OLD);
            List<Tekst> carriedTexts = db.staged.tekster(NEW);
            assertThat(carriedTexts).hasSameSizeAs(old).isNotEmpty();
            for (int i = 0; i < old.size(); i++) {
                String text = carriedTexts.get(i).tekst();
                assertThat(text).startsWith(RollForwardMarker.line(2015) + "\n");
                assertThat(RollForwardMarker.without(text)).isEqualTo(old.get(i).tekst());
            }
            assertThat(carriedTexts).anyMatch(t -> t.tekst().contains("{resultat}"));
        }

        @Test
        void effektmaalKeepsItsDescriptionMarkedAndLeavesTheYearsGoalAndResultEmpty() {
            List<Effektmaal> old = db.staged.effektmaal(OLD);
            List<Effektmaal> now = db.staged.effektmaal(NEW);
            assertThat(now).hasSameSizeAs(old).isNotEmpty();
            assertThat(old).anyMatch(e -> e.maalsaetning() != null);
            for (int i = 0; i < old.size(); i++) {
                assertThat(now.get(i).maal()).isEqualTo(old.get(i).maal());
                assertThat(now.get(i).maalsaetning()).isNull();
                assertThat(now.get(i).resultat()).isNull();
                if (old.get(i).beskrivelse() != null) {
                    assertThat(now.get(i).beskrivelse()).isEqualTo(CarriedSheets.marked(old.get(i).beskrivelse(), 2015))
                            .startsWith(RollForwardMarker.line(2015));
                }
            }
        }
    }

    @Nested
    class FromTheLedger {

        @Test
        void withoutATypedTableTheLinesTheLedgerBuildsAreCarried() throws IOException {
            Path folder = Samples.copy(Samples.CSV_2015, tmp.resolve("input/2015"));
            Files.delete(folder.resolve("regnskab.csv"));
            Samples.copy(Samples.LEDGER_2015, folder);
            rollForward(folder);
            Map<String, BigDecimal> read = new LinkedHashMap<>();
            db.staged.forEachRegnskab(NEW, (java.util.function.Consumer<RegnskabLinje>) l -> {
                if (!l.isTotal()) {
                    read.put(l.politikomraade() + "|" + l.linje(), l.regnskabForrige().stripTrailingZeros());
                }
            });
            // the sample's ledger builds the sample's table
            assertThat(read).isEqualTo(regnskab2015());
            assertThat(db.ledger.kontoplan(NEW)).extracting(k -> k.funktion() + ";" + k.dranst() + ";" + k.linje())
                    .isEqualTo(db.ledger.kontoplan(OLD).stream().map(k -> k.funktion() + ";" + k.dranst() + ";"
                            + k.linje()).toList()).isNotEmpty();
            assertThat(db.ledger.hasKonti(NEW)).isFalse();
        }
    }

    @Nested
    class Marking {

        @Test
        void aTextMarkedBeforeGetsOneMarkerOfTheYearItComesFrom() {
            String twice = CarriedSheets.marked(RollForwardMarker.line(2014) + "\nTekst.", 2015);
            assertThat(twice).isEqualTo(RollForwardMarker.line(2015) + "\nTekst.");
        }

        @Test
        void anEmptyTextHasNothingToReviseAndStaysEmpty() {
            assertThat(CarriedSheets.marked(null, 2015)).isNull();
            assertThat(CarriedSheets.marked(" ", 2015)).isEqualTo(" ");
        }
    }

    /**
     * LibreOffice as a second spreadsheet program: told to recalculate on loading (as a user does with Ctrl+Shift+F9),
     * it computes the sums and Afvigelse from amounts typed after the roll-forward, so they are live formulas and
     * not numbers; and the blank template's data validation survives its reading. Checked in LibreOffice's own xlsx.
     */
    @Nested
    class InLibreOffice {

        @Test
        void computesTheFormulasAgainAndKeepsTheDataValidation() throws Exception {
            Path soffice = Path.of("/usr/bin/soffice");
            org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(soffice), "LibreOffice (soffice) is not "
                    + "installed: apt-get install libreoffice-calc-nogui to run this check");
            rollForward(Samples.copy(Samples.CSV_2015, tmp.resolve("input/2015")));
            Path typed = tmp.resolve("lo-in/aarsregnskab.xlsx");
            Files.createDirectories(typed.getParent());
            try (XSSFWorkbook wb = TemplateWorkbookTest.open(target)) {
                Row first = wb.getSheet("Regnskab").getRow(1);
                first.createCell(4).setCellValue(1000); // Korr. budget
                first.createCell(5).setCellValue(1234); // Regnskab; the cached values are now out of date
                try (java.io.OutputStream os = Files.newOutputStream(typed)) {
                    wb.write(os);
                }
            }
            Path profile = tmp.resolve("profile");
            Files.createDirectories(profile.resolve("user"));
            Files.writeString(profile.resolve("user/registrymodifications.xcu"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <oor:items xmlns:oor="http://openoffice.org/2001/registry"                     xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                    <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode"                     oor:op="fuse"><value>0</value></prop></item>
                    </oor:items>
                    """);
            Path outDir = Files.createDirectories(tmp.resolve("lo"));
            Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                    "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir.toString(),
                    typed.toString()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(p.waitFor(180, java.util.concurrent.TimeUnit.SECONDS)).as(output).isTrue();
            Path converted = outDir.resolve("aarsregnskab.xlsx");
            assertThat(converted).as(output).isRegularFile();
            try (XSSFWorkbook wb = TemplateWorkbookTest.open(converted)) {
                Sheet sheet = wb.getSheet("Regnskab");
                Row first = sheet.getRow(1);
                assertThat(first.getCell(6).getCellFormula()).isEqualTo("F2-E2");
                assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(234);
                Row total = null;
                for (Row r : sheet) {
                    if (r.getRowNum() > 0 && r.getCell(1).getStringCellValue().equals("I alt")) {
                        total = r;
                        break;
                    }
                }
                assertThat(total).isNotNull();
                assertThat(total.getCell(4).getCellFormula()).startsWith("SUM(E2:");
                assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(1000);
                assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(1234);
                assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(234);
                // LibreOffice's sum of the carried column is the sum the roll-forward cached
                RegnskabLinje cached = db.staged.regnskab(NEW, first.getCell(0).getStringCellValue()).stream()
                        .filter(RegnskabLinje::isTotal).findFirst().orElseThrow();
                assertThat(BigDecimal.valueOf(total.getCell(2).getNumericCellValue()))
                        .isEqualByComparingTo(cached.regnskabForrige());
                assertThat(sheet.getDataValidations()).anyMatch(v -> v.getValidationConstraint().getValidationType()
                        == org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.DECIMAL);
                assertThat(wb.getSheet("Tekster").getDataValidations()).anyMatch(v -> v.getValidationConstraint()
                        .getExplicitListValues() != null && List.of(v.getValidationConstraint()
                        .getExplicitListValues()).contains("Regnskabsresultat"));
            }
        }
    }
}
