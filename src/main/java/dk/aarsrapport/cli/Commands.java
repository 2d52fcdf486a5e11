package dk.aarsrapport.cli;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line of cli-and-output.md, declared for picocli; texts in Danish, as the user reads them. */
final class Commands {

    private Commands() {
    }

    @Command(name = "aarsrapport", sortOptions = false, synopsisHeading = "Brug: ",
            commandListHeading = "%nKommandoer:%n", optionListHeading = "%nTilvalg:%n",
            description = "Danner kommunens årsberetning som PDF ud fra årets regneark.",
            subcommands = {Generate.class, Validate.class, Template.class, Schedule.class, History.class,
                WebCommands.Serve.class, WebCommands.User.class},
            synopsisSubcommandLabel = "KOMMANDO",
            footer = {"", "Exitstatus: 0 færdig uden fejl, 1 færdig med valideringsfejl, 2 forkert brug eller "
                    + "ulæselig input, 3 intern fejl, 4 en anden kørsel bruger outputmappen."})
    static final class Root {
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Vis denne hjælp.")
        boolean help;
    }

    /** Options every year-bound command shares. */
    abstract static class YearOptions {
        @Option(names = "--year", paramLabel = "ÅR", description = "Regnskabsåret (standard: inputmappens navn, "
                + "ellers det højeste år under input/).")
        Integer year;

        @Option(names = "--input", paramLabel = "MAPPE", description = "Årets inputmappe (standard: input/<år>).")
        Path input;

        @Option(names = "--output", paramLabel = "MAPPE", description = "Årets outputmappe (standard: output/<år>).")
        Path output;

        @Option(names = "--previous", paramLabel = "MAPPE", description = "Forrige års inputmappe: hver linjes "
                + "Regnskab år-1 sammenlignes med det, den årsberetning viste (R8). Standard: mappen <år-1> ved "
                + "siden af årets inputmappe, hvis den findes.")
        Path previous;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Vis denne hjælp.")
        boolean help;
    }

    @Command(name = "generate", sortOptions = false, synopsisHeading = "Brug: ", optionListHeading = "%nTilvalg:%n",
            description = "Læser og validerer årets input og danner en PDF pr. politikområde.")
    static final class Generate extends YearOptions {
        @Option(names = "--draft", description = "Dan også politikområder med valideringsfejl, som kladde i kladde/.")
        boolean draft;

        @Option(names = "--force", description = "Dan alt igen, også det der ikke er ændret.")
        boolean force;

        @Option(names = "--no-pdfa", description = "Almindelige PDF'er uden PDF/A-2a og PDF/UA-1 (lidt hurtigere; "
                + "til prøvekørsler, ikke til udgivelse).")
        boolean noPdfa;

        @Option(names = "--send", description = "Send hver række i Modtagere dens pakke som PDF pr. e-mail "
                + "(SMTP-serveren fra spring.mail.*); pakker med valideringsfejl sendes ikke, og en uændret pakke "
                + "sendes ikke igen.")
        boolean send;

        @Option(names = "--send-drafts", description = "Send kladden til modtagere, hvis pakke har valideringsfejl "
                + "(medfører --draft; bruges med --send eller --dry-run).")
        boolean sendDrafts;

        @Option(names = "--dry-run", description = "Send intet, men skriv mailene som .eml-filer i udsendelse/ "
                + "i outputmappen.")
        boolean dryRun;
    }

    @Command(name = "validate", sortOptions = false, synopsisHeading = "Brug: ", optionListHeading = "%nTilvalg:%n",
            description = "Læser og validerer årets input; skriver kun validering.html og validering.csv.")
    static final class Validate extends YearOptions {
    }

    @Command(name = "schedule", sortOptions = false, synopsisHeading = "Brug: ", optionListHeading = "%nTilvalg:%n",
            description = {"Bliver kørende og danner hver nat de år under input/, hvis input er ændret siden sidste "
                    + "kørsel; én kørsel ad gangen. Et år med ændret input dannes også ved opstart (en nat, hvor "
                    + "maskinen var slukket). SIGTERM stopper pænt."})
    static final class Schedule {
        @Option(names = "--cron", paramLabel = "UDTRYK", description = "Hvornår, i Springs seksfeltsform, "
                + "Europe/Copenhagen (standard: \"0 0 2 * * *\", kl. 02:00).")
        String cron = dk.aarsrapport.schedule.NightlyScheduler.DEFAULT_CRON;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Vis denne hjælp.")
        boolean help;
    }

    @Command(name = "history", sortOptions = false, synopsisHeading = "Brug: ", optionListHeading = "%nTilvalg:%n",
            description = "Viser tidligere kørsler: id, år, start, slut, status, politikområder dannet/uændret/"
                    + "blokeret, fund og skrevne filer.")
    static final class History {
        @Option(names = "--last", paramLabel = "N", description = "De seneste N kørsler (standard: 20).")
        int last = 20;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Vis denne hjælp.")
        boolean help;
    }

    @Command(name = "template", sortOptions = false, synopsisHeading = "Brug: ", optionListHeading = "%nTilvalg:%n",
            description = "Skriver en tom inputprojektmappe for et år: alle ark med årets overskrifter, "
                    + "kontrol af indtastning og et vejledningsark; med --from udfyldt med det forrige års input.")
    static final class Template {
        @Option(names = "--year", required = true, paramLabel = "ÅR", description = "Regnskabsåret.")
        int year;

        @Option(names = "--from", paramLabel = "MAPPE", description = "Forrige års inputmappe, fx input/2015: "
                + "Rapport, Politikområder, Modtagere, Kontoplan, Målinger og Målopfølgning føres over, Regnskab med "
                + "sidste års regnskab i kolonnen Regnskab år-1, Tekster og Effektmål med en linje, der skal slettes, "
                + "når teksten er rettet. Konti føres ikke over.")
        Path from;

        @Option(names = "--output", required = true, paramLabel = "FIL.xlsx", description = "Hvor projektmappen skrives.")
        Path output;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Vis denne hjælp.")
        boolean help;
    }
}
