package dk.aarsrapport.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.ingest.InputReader;
import dk.aarsrapport.ledger.TestLedger;
import dk.aarsrapport.stage.LedgerStaging;

/**
 * sporbarhed.csv in the format of validering.csv: ';', UTF-8 with BOM, Danish numbers, formula-like text
 * neutralised; and, where LibreOffice is installed, opened by it as a Danish user opens it: amounts as numbers,
 * funktioner and arter as text (never a date), a formula as text.
 */
class TraceReportWriterTest {

    @TempDir
    Path tmp;

    private Path written() throws IOException {
        LedgerStaging s = new LedgerStaging(tmp.resolve("in"))
                .sheet("konti", "Funktion;Dranst;Art;Sted;Kontonavn;Regnskab 2014;Regnskab 2015",
                        "5.10.12;1;5.2;=1+1;Løn \"fast\";1.234-;1.234,50",
                        "0.25.18;2;4.0;3100;Bygninger;12;(609)", "6.45.51;;;;Uden linje;1;2")
                .sheet("kontoplan", "Funktion;Dranst;Art;Sted;Politikområde;Linje", "5.10;;;;Tilbud;Drift",
                        "0;;;;Arbejdsmarked;Ejendomme")
                .read(dk.aarsrapport.support.Readers.input()::read);
        TestLedger.build(s);
        Path csv = tmp.resolve("sporbarhed.csv");
        assertThat(new TraceReportWriter(s.ledger, s.staged).write(s.run, 2015, csv)).isTrue();
        return csv;
    }

    @Test
    void danishCsvWithEveryAccountUnderItsLineInPolitikomraadeOrderAndTheUnplacedLast() throws IOException {
        Path csv = written();
        assertThat(Files.readAllBytes(csv)).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).containsExactly("\uFEFFPolitikområde;Linje;Funktion;Dranst;Art;Sted;Kontonavn;Fil;Ark;"
                        + "Række;Regnskab 2014;Budget 2015;Korr. budget 2015;Regnskab 2015",
                "Arbejdsmarked;Ejendomme;0.25.18;2;4.0;3100;Bygninger;konti.csv;;3;12;;;-609",
                "Tilbud;Drift;5.10.12;1;5.2;'=1+1;\"Løn \"\"fast\"\"\";konti.csv;;2;-1.234;;;1.234,5",
                ";(ingen linje i Kontoplan);6.45.51;;;;Uden linje;konti.csv;;4;1;;;2");
    }

    @Test
    void noLedgerNoFile() throws IOException {
        LedgerStaging s = new LedgerStaging(tmp.resolve("in")).read(dk.aarsrapport.support.Readers.input()::read);
        Path csv = tmp.resolve("sporbarhed.csv");
        assertThat(new TraceReportWriter(s.ledger, s.staged).write(s.run, 2015, csv)).isFalse();
        assertThat(csv).doesNotExist();
    }

    @Test
    void libreOfficeOpensItWithNumbersAsNumbersAndCodesAsText() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        assumeTrue(Files.isExecutable(soffice), "LibreOffice (soffice) is not installed: apt-get install "
                + "libreoffice-calc-nogui to run this check");
        Path csv = written();
        Path outDir = Files.createDirectories(tmp.resolve("lo"));
        // the import a Danish user gets: ';', '"', UTF-8, from line 1, standard columns, Danish locale (1030)
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=file://" + tmp.resolve("profile"),
                "--headless", "--infilter=CSV:59,34,76,1,,1030", "--convert-to", "xlsx", "--outdir", outDir.toString(),
                csv.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(output).isTrue();
        try (InputStream in = Files.newInputStream(outDir.resolve("sporbarhed.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Politikområde");
            Cell funktion = s.getRow(2).getCell(2);
            assertThat(funktion.getCellType()).isEqualTo(CellType.STRING);
            assertThat(funktion.getStringCellValue()).isEqualTo("5.10.12");
            assertThat(s.getRow(2).getCell(4).getStringCellValue()).isEqualTo("5.2");
            assertThat(s.getRow(2).getCell(5).getStringCellValue()).isEqualTo("'=1+1");
            assertThat(s.getRow(2).getCell(6).getStringCellValue()).isEqualTo("Løn \"fast\"");
            assertThat(s.getRow(2).getCell(10).getNumericCellValue()).isEqualTo(-1234.0);
            assertThat(s.getRow(2).getCell(13).getNumericCellValue()).isEqualTo(1234.5);
            assertThat(s.getRow(1).getCell(13).getNumericCellValue()).isEqualTo(-609.0);
        }
    }
}
