package dk.aarsrapport;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import dk.aarsrapport.cli.Cli;

@SpringBootApplication
public class AarsrapportApplication {

    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}
