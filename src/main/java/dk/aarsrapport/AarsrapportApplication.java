package dk.aarsrapport;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import dk.aarsrapport.cli.Cli;

/** The settings are records ({@code *Properties}, {@code PdfSettings}) found by the scan, each bound when first used. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AarsrapportApplication {

    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}
