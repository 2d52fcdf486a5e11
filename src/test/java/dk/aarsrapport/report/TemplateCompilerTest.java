package dk.aarsrapport.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCompilerTest {

    /** Maven runs tests in the project folder, where the templates live. */
    private static final Path TEMPLATES = Path.of("templates");

    @Test
    void compilesEveryTemplateOnceAndSkipsUpToDateOnes(@TempDir Path out) throws Exception {
        assertThat(TemplateCompiler.compileAll(TEMPLATES, out)).isGreaterThanOrEqualTo(1);
        Path jasper = out.resolve("politikomraade.jasper");
        JasperReport report = (JasperReport) JRLoader.loadObject(jasper.toFile());
        assertThat(report.getName()).isEqualTo("politikomraade");
        assertThat(TemplateCompiler.compileAll(TEMPLATES, out)).isZero();
    }

    @Test
    void brokenTemplateFailsNamingTheFile(@TempDir Path dir) throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("kaputt.jrxml"), "<jasperReport name=\"kaputt\"><nonsense/></jasperReport>");
        assertThatThrownBy(() -> TemplateCompiler.compileAll(src, dir.resolve("out")))
                .isInstanceOf(JRException.class).hasMessageContaining("kaputt.jrxml");
        assertThat(dir.resolve("out/kaputt.jasper")).doesNotExist();
    }
}
