package dk.aarsrapport.base;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aarsrapport.data-dir}: the folder of the embedded database, the cache of filled reports and the
 * log. Its default, {@code data}, is in application.yml and nowhere else, because that file builds the
 * database address and the log file's name from it.
 */
@ConfigurationProperties("aarsrapport")
public record DataDirProperties(@Expected("en mappe") Path dataDir) {

    public DataDirProperties {
        if (dataDir == null) {
            throw new InvalidSettingException("dataDir");
        }
    }
}
