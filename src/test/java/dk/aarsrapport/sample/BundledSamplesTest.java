package dk.aarsrapport.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CSV folders are the samples' source of truth and the workbooks under {@code input/} are built from them
 * by scripts/build-sample.sh: a workbook edited by hand, or a CSV edited without a rebuild, would make the
 * bundled sample say something its fixture does not.
 */
class BundledSamplesTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{1} is the build of {0}")
    @CsvSource({
            "src/test/resources/sample-2015-csv, input/2015/aarsregnskab.xlsx",
            "src/test/resources/sample-2015-ledger-csv, input/2015/konti.xlsx",
            "src/test/resources/sample-2016-csv, input/2016/social-mobilitet.xlsx",
            "src/test/resources/sample-2017-csv, input/2017/aarsberetning.xlsx",
            "src/test/resources/sample-2021-csv, input/2021/sammenhaengsmodellen.xlsx"})
    void workbookIsTheBuildOfItsCsvFolder(String csvFolder, String workbook) throws IOException {
        Path rebuilt = tmp.resolve("rebuilt.xlsx");
        SampleWorkbookBuilder.build(Path.of(csvFolder), rebuilt);
        assertThat(Files.readAllBytes(rebuilt)).as("%s; run scripts/build-sample.sh %s %s", workbook, csvFolder, workbook)
                .isEqualTo(Files.readAllBytes(Path.of(workbook)));
    }
}
