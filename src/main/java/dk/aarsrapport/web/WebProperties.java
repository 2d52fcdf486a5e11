package dk.aarsrapport.web;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The console's settings. {@code rod}: the folder holding {@code input/} and {@code output/}, as for the
 * command line and the schedule (the working folder); {@code maxUpload}: the largest file an upload may be.
 */
@ConfigurationProperties("aarsrapport.web")
public record WebProperties(@DefaultValue(".") Path rod, @DefaultValue("50MB") DataSize maxUpload) {

    Path input(int year) {
        return rod.resolve("input").resolve(String.valueOf(year));
    }

    Path output(int year) {
        return rod.resolve("output").resolve(String.valueOf(year));
    }
}
