package dk.aarsrapport.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import dk.aarsrapport.base.Expected;
import dk.aarsrapport.base.InvalidSettingException;

/**
 * {@code aarsrapport.input.*}, what the program agrees to read from an input folder. The default is stated
 * here and nowhere else.
 *
 * @param maxFilstoerrelse an input file larger than this stops the run (exit 2) before a byte of it is read:
 *                         a year's workbook is a few megabytes, and a file of gigabytes is a mistake (a
 *                         database dump, a disk image) that would otherwise fill the disk and the night
 */
@ConfigurationProperties("aarsrapport.input")
public record InputProperties(
        @Expected("en størrelse som 200MB") @DefaultValue("200MB") DataSize maxFilstoerrelse) {

    public InputProperties {
        if (maxFilstoerrelse.toBytes() <= 0) {
            // nothing could be read at all; a mistyped value, never a wish
            throw new InvalidSettingException("maxFilstoerrelse");
        }
    }
}
