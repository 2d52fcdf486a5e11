package dk.aarsrapport.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** manifest.json is one type: what publishing writes is what the next run and the schedule read. */
class ManifestTest {

    @TempDir
    Path tmp;

    static Manifest sample() {
        return new Manifest(2015, 7, "2026-12-01T22:00:00+01:00", "2026-12-01T22:00:05+01:00", Manifest.COMPLETED,
                Map.of(Severity.FEJL, 1, Severity.ADVARSEL, 2),
                List.of(new Manifest.ReadFile("aarsregnskab.xlsx", "ab12")),
                List.of(new Manifest.WrittenFile("validering.csv", "cd34", null),
                        new Manifest.WrittenFile("aarsberetning-2015.pdf", "ef56", 13)),
                List.of(new Manifest.FileState("aarsberetning-2015.pdf", "ef56", "f00d", 13)));
    }

    @Nested
    class Good {

        @Test
        void roundTripsThroughItsFile() throws Exception {
            sample().write(tmp.resolve(Manifest.FILE));
            assertThat(Manifest.read(tmp)).contains(sample());
        }

        @Test
        void leavesOutPageCountsOfFilesThatAreNoPdf() throws Exception {
            sample().write(tmp.resolve(Manifest.FILE));
            assertThat(Files.readString(tmp.resolve(Manifest.FILE), StandardCharsets.UTF_8))
                    .contains("\"pages\" : 13").doesNotContain("\"pages\" : null");
        }

        @Test
        void readsTheManifestOfTheVersionBeforeIt() throws Exception {
            // as Publisher wrote it by hand, field by field, before the manifest became one type
            Files.writeString(tmp.resolve(Manifest.FILE), """
                    {"year":2015,"run":3,"started":null,"finished":"2026-11-30T02:00:04+01:00","status":"COMPLETED",
                     "findings":{"FEJL":0,"ADVARSEL":0},"read":[{"file":"a.csv","sha256":"11"}],
                     "written":[{"file":"x.pdf","sha256":"22","pages":4}],
                     "files":[{"file":"x.pdf","sha256":"22","fingerprint":"33","pages":4}]}
                    """, StandardCharsets.UTF_8);
            Manifest m = Manifest.read(tmp).orElseThrow();
            assertThat(m.run()).isEqualTo(3);
            assertThat(m.files()).containsExactly(new Manifest.FileState("x.pdf", "22", "33", 4));
            assertThat(m.read()).containsExactly(new Manifest.ReadFile("a.csv", "11"));
        }

        @Test
        void noManifestIsNoPreviousRun() throws Exception {
            assertThat(Manifest.read(tmp)).isEmpty();
        }
    }

    @Nested
    class Bad {

        @Test
        void truncatedJsonIsUnreadableWithTheFileNamed() throws Exception {
            sample().write(tmp.resolve(Manifest.FILE));
            String json = Files.readString(tmp.resolve(Manifest.FILE), StandardCharsets.UTF_8);
            Files.writeString(tmp.resolve(Manifest.FILE), json.substring(0, json.length() / 2), StandardCharsets.UTF_8);
            assertThatThrownBy(() -> Manifest.read(tmp)).isInstanceOf(Manifest.UnreadableException.class)
                    .hasMessageContaining(tmp.resolve(Manifest.FILE).toString()).hasMessageContaining("kan ikke læses");
        }

        @Test
        void anEmptyFileIsUnreadable() throws Exception {
            Files.writeString(tmp.resolve(Manifest.FILE), "");
            assertThatThrownBy(() -> Manifest.read(tmp)).isInstanceOf(Manifest.UnreadableException.class);
        }

        @Test
        void aFieldOfTheWrongTypeIsUnreadable() throws Exception {
            Files.writeString(tmp.resolve(Manifest.FILE), "{\"run\":\"sidste\",\"files\":{}}");
            assertThatThrownBy(() -> Manifest.read(tmp)).isInstanceOf(Manifest.UnreadableException.class);
        }
    }
}
