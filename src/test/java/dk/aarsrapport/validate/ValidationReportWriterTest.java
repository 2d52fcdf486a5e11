package dk.aarsrapport.validate;

import dk.aarsrapport.base.Finding;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationReportWriterTest {

    @TempDir
    Path tmp;

    @Nested
    class Csv {
        @Test
        void danishExcelFormat() throws IOException {
            Finding f = Finding.fejl("R1", "Ældreområdet", "aarsregnskab.xlsx", "Regnskab", "Regnskab!G41", "-609",
                    "15.356", "Afvigelsen er -609; forventet 15.356.");
            Path csv = tmp.resolve("v.csv");
            new ValidationReportWriter().writeCsv(FindingSource.of(List.of(f)), csv);
            byte[] bytes = Files.readAllBytes(csv);
            assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertThat(lines.get(0)).isEqualTo("\uFEFFAlvorlighed;Regel;Politikområde;Fil;Ark;Celle;Fundet;Forventet;Besked");
            assertThat(lines.get(1)).isEqualTo("FEJL;R1;Ældreområdet;aarsregnskab.xlsx;Regnskab;Regnskab!G41;-609;15.356;"
                    + "\"Afvigelsen er -609; forventet 15.356.\"");
        }

        @Test
        void formulaLikeTextIsNeutralisedButNumbersAreNot() {
            assertThat(ValidationReportWriter.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
            assertThat(ValidationReportWriter.cell("+45 12 34")).isEqualTo("'+45 12 34");
            assertThat(ValidationReportWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
            assertThat(ValidationReportWriter.cell("-cmd")).isEqualTo("'-cmd");
            // a tab (or any control character) is written out, so it can neither start a formula nor hide
            assertThat(ValidationReportWriter.cell("\tx")).isEqualTo("\\u0009x");
            assertThat(ValidationReportWriter.cell("-609")).isEqualTo("-609");
            assertThat(ValidationReportWriter.cell("-1.667")).isEqualTo("-1.667");
        }
    }

    @Nested
    class Html {
        @Test
        void summaryByPolitikomraadeWithStatusAndEscapedText() throws IOException {
            Finding f = Finding.fejl("R4", "A & B", "f.xlsx", "Tekster", "Tekster!C5", "<b>103,6</b>", "101,8", "x");
            Map<String, Boolean> published = new LinkedHashMap<>();
            published.put("A & B", false);
            published.put("Uden fund", true);
            Path html = tmp.resolve("v.html");
            new ValidationReportWriter().write(List.of(f), 2015, published, html, tmp.resolve("v.csv"));
            String s = Files.readString(html, StandardCharsets.UTF_8);
            assertThat(s).contains("<html lang=\"da\">").contains("A &amp; B").contains("&lt;b&gt;103,6&lt;/b&gt;")
                    .contains("udgives ikke").contains("Uden fund").contains("Tekster!C5");
        }
    }
}
