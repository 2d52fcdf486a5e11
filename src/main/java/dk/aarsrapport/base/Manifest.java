package dk.aarsrapport.base;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * manifest.json, the one description of what a run read and wrote, as cli-and-output.md specifies it:
 * written by publishing, read back by the next run (what it may leave alone) and by the schedule (whether
 * the input changed). One type, bound by Jackson, so that writer and readers cannot disagree on a field.
 *
 * @param files every output file the run stands for, written now or left from before, with the fingerprint
 *              it was made from
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Manifest(int year, long run, String started, String finished, String status,
                       Map<Severity, Integer> findings, List<ReadFile> read, List<WrittenFile> written,
                       List<FileState> files) {

    public static final String FILE = "manifest.json";
    public static final String COMPLETED = "COMPLETED";

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public Manifest {
        findings = findings == null ? Map.of() : findings;
        read = read == null ? List.of() : List.copyOf(read);
        written = written == null ? List.of() : List.copyOf(written);
        files = files == null ? List.of() : List.copyOf(files);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReadFile(String file, String sha256) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WrittenFile(String file, String sha256, Integer pages) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FileState(String file, String sha256, String fingerprint, Integer pages) {
    }

    /** A manifest that exists but cannot be read as one: the reason, in Danish, for the console. */
    public static final class UnreadableException extends Exception {
        UnreadableException(Path file, Exception cause) {
            super(file + " kan ikke læses (" + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + firstLine(cause.getMessage())) + ")", cause);
        }

        private static String firstLine(String s) {
            int nl = s.indexOf('\n');
            return nl < 0 ? s : s.substring(0, nl);
        }
    }

    /** The manifest in {@code outputRoot}, or empty when there is none. */
    public static Optional<Manifest> read(Path outputRoot) throws UnreadableException {
        Path file = outputRoot.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Manifest m = JSON.readValue(file.toFile(), Manifest.class);
            if (m == null) {
                throw new IllegalArgumentException("tom fil");
            }
            return Optional.of(m);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new UnreadableException(file, e);
        }
    }

    public void write(Path file) {
        JSON.writeValue(file.toFile(), this);
    }
}
