package dk.aarsrapport.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.stage.Konto;
import dk.aarsrapport.stage.KontoplanRaekke;
import dk.aarsrapport.stage.LedgerStaging;

/**
 * Konti and Kontoplan read by the same streaming readers as every sheet, from CSV and from a workbook: the
 * Funktion forms of the spec into one normal form, the ERP's negative forms, year headers as in Regnskab, and
 * every cell that is not what it should be an S1 finding naming the cell.
 */
class LedgerSheetsTest {

    @TempDir
    Path tmp;

    private LedgerStaging read(String... konti) throws IOException {
        return new LedgerStaging(tmp.resolve("in")).sheet("konti", konti).read(dk.aarsrapport.support.Readers.input()::read);
    }

    private static List<Konto> konti(LedgerStaging s) {
        List<Konto> out = new ArrayList<>();
        s.ledger.forEachKontoByKey(s.run, out::add);
        out.sort(java.util.Comparator.comparingInt(k -> k.origin().row()));
        return out;
    }

    private static List<String> plain(BigDecimal... amounts) {
        return java.util.Arrays.stream(amounts).map(a -> a.stripTrailingZeros().toPlainString()).toList();
    }

    private static List<Finding> s1(LedgerStaging s) {
        return s.findings.stream().filter(f -> f.rule().equals("S1")).toList();
    }

    @Nested
    class Good {
        @Test
        void everyFunktionFormOfTheSpecIsTheSameFunktion() throws IOException {
            LedgerStaging s = read("Funktion;Regnskab 2015", "5.57.72;1", "55772;2", "055772;3", "5.57.72.003;4");
            assertThat(konti(s)).extracting(Konto::funktion, Konto::gruppering).containsExactly(
                    tuple("5.57.72", null), tuple("5.57.72", null), tuple("5.57.72", null), tuple("5.57.72", "003"));
            assertThat(s1(s)).isEmpty();
        }

        @Test
        void erpNegativesAndDanishAmountsAreRead() throws IOException {
            LedgerStaging s = read("Funktion;Regnskab 2014;Budget 2015;Korr. budget 2015;Regnskab 2015",
                    "5.57.72;1.234-;(1.234);−609;141.708.412", "5.57.73;12,50;0;-7;(12,5)");
            assertThat(konti(s)).extracting(k -> plain(k.amounts())).containsExactly(
                    List.of("-1234", "-1234", "-609", "141708412"), List.of("12.5", "0", "-7", "-12.5"));
            assertThat(s1(s)).isEmpty();
        }

        @Test
        void dranstArtStedAndNameAreOptionalAndNormalised() throws IOException {
            LedgerStaging s = read("Funktion;Dranst;Art;Sted;Kontonavn;Regnskab 2015", "5.57.72;1;52;3100;Syge;1",
                    "5.57.72;2;4.0;;;2", "5.57.72;;;;;3");
            assertThat(konti(s)).extracting(Konto::dranst, Konto::art, Konto::sted, Konto::kontonavn).containsExactly(
                    tuple(1, "5.2", "3100", "Syge"), tuple(2, "4.0", null, null), tuple(null, null, null, null));
        }

        @Test
        void aWorkbookIsReadLikeTheCsv() throws IOException {
            Path in = Files.createDirectories(tmp.resolve("in"));
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                Sheet s = wb.createSheet("Konti");
                String[] header = {"Funktion", "Dranst", "Art", "Regnskab 2015"};
                Row h = s.createRow(0);
                for (int i = 0; i < header.length; i++) {
                    h.createCell(i).setCellValue(header[i]);
                }
                Row r = s.createRow(1);
                r.createCell(0).setCellValue(55772); // a funktion typed as a number loses nothing but its dots
                r.createCell(1).setCellValue(1);
                r.createCell(2).setCellValue(5.2);
                r.createCell(3).setCellValue(137236118.5);
                Row t = s.createRow(2);
                t.createCell(0).setCellValue("5.57.73");
                t.createCell(3).setCellValue("(1.234)");
                Sheet p = wb.createSheet("Kontoplan");
                String[] ph = {"Funktion", "Dranst", "Art", "Sted", "Politikområde", "Linje"};
                Row phr = p.createRow(0);
                for (int i = 0; i < ph.length; i++) {
                    phr.createCell(i).setCellValue(ph[i]);
                }
                Row pr = p.createRow(1);
                pr.createCell(0).setCellValue("5.57");
                pr.createCell(2).setCellValue(5);
                pr.createCell(4).setCellValue("Arbejdsmarked");
                pr.createCell(5).setCellValue("Ydelser");
                try (OutputStream out = Files.newOutputStream(in.resolve("regnskab.xlsx"))) {
                    wb.write(out);
                }
            }
            LedgerStaging s = new LedgerStaging(in).read(dk.aarsrapport.support.Readers.input()::read);
            assertThat(konti(s)).extracting(Konto::funktion, Konto::dranst, Konto::art, k -> plain(k.regnskab()).get(0)).containsExactly(
                    tuple("5.57.72", 1, "5.2", "137236118.5"), tuple("5.57.73", null, null, "-1234"));
            assertThat(s.ledger.kontoplan(s.run)).extracting(KontoplanRaekke::funktion, KontoplanRaekke::art,
                    KontoplanRaekke::linje).containsExactly(tuple("5.57", "5", "Ydelser"));
            assertThat(s1(s)).isEmpty();
        }
    }

    @Nested
    class Bad {
        @Test
        void aFunktionThatIsNoFunktionIsNamedByItsCellAndNotStaged() throws IOException {
            LedgerStaging s = read("Funktion;Regnskab 2015", "5-38-50;1", "abc;2", "5.68;3", "5.57.72;4");
            assertThat(s1(s)).extracting(Finding::cell, Finding::found).containsExactly(
                    tuple("linje 2, kolonne Funktion", "5-38-50"), tuple("linje 3, kolonne Funktion", "abc"),
                    tuple("linje 4, kolonne Funktion", "5.68"));
            assertThat(s1(s)).allSatisfy(f -> assertThat(f.message()).contains("5.57.72").hasSizeLessThan(300));
            assertThat(konti(s)).extracting(Konto::funktion).containsExactly("5.57.72");
        }

        @Test
        void aDranstOutsideOneToNineIsAFinding() throws IOException {
            LedgerStaging s = read("Funktion;Dranst;Regnskab 2015", "5.57.72;0;1", "5.57.72;12;1", "5.57.72;x;1",
                    "5.57.72;9;1");
            assertThat(s1(s)).extracting(Finding::cell).containsExactly("linje 2, kolonne Dranst",
                    "linje 3, kolonne Dranst", "linje 4, kolonne Dranst");
            assertThat(konti(s)).extracting(Konto::dranst).containsExactly(9);
        }

        @Test
        void anAmountColumnForAnotherYearIsAFindingOnItsHeader() throws IOException {
            LedgerStaging s = read("Funktion;Regnskab 2013;Budget 2016;Regnskab 2015", "5.57.72;1;2;3");
            assertThat(s1(s)).extracting(Finding::cell, Finding::found, Finding::expected).containsExactly(
                    tuple("linje 1, kolonne Regnskab 2013", "Regnskab 2013", "Regnskab 2014 eller Regnskab 2015"),
                    tuple("linje 1, kolonne Budget 2016", "Budget 2016", "Budget 2015"));
            assertThat(konti(s)).singleElement().satisfies(k -> {
                assertThat(k.regnskabForrige()).isNull();
                assertThat(k.budget()).isNull();
                assertThat(k.regnskab()).isEqualByComparingTo("3");
            });
        }

        @Test
        void anAmountThatIsNoAmountIsAFinding() throws IOException {
            LedgerStaging s = read("Funktion;Regnskab 2015", "5.57.72;12x", "5.57.73;(abc)");
            assertThat(s1(s)).extracting(Finding::cell).containsExactly("linje 2, kolonne Regnskab 2015",
                    "linje 3, kolonne Regnskab 2015");
        }

        @Test
        void aKontiSheetWithoutFunktionIsUnusable() throws IOException {
            LedgerStaging s = read("Dranst;Regnskab 2015", "1;1");
            assertThat(s1(s)).singleElement().satisfies(f -> assertThat(f.message()).contains("Funktion"));
            assertThat(konti(s)).isEmpty();
        }
    }
}
