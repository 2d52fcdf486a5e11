package dk.aarsrapport.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ConfigurableApplicationContext;

import dk.aarsrapport.base.DataDirProperties;
import dk.aarsrapport.schedule.NightlyScheduler;
import dk.aarsrapport.web.Role;
import dk.aarsrapport.web.WebActions;
import dk.aarsrapport.web.WebUsers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParseResult;

/**
 * `serve` (the web console, with the nightly schedule in the same process) and `user` (the console's users),
 * kept out of {@link Cli} so that it stays the dispatcher of the batch commands.
 */
final class WebCommands {

    private WebCommands() {
    }

    @Command(name = "serve", sortOptions = false, synopsisHeading = "Brug: ", optionListHeading = "%nTilvalg:%n",
            description = {"Starter webkonsollen (log ind med en bruger fra 'aarsrapport user add') og kører "
                    + "samtidig den planlagte kørsel som 'schedule'. SIGTERM stopper pænt."})
    static final class Serve {
        @Option(names = "--port", paramLabel = "PORT", description = "Porten (standard: 8080).")
        int port = 8080;

        @Option(names = "--host", paramLabel = "ADRESSE", description = "Adressen der lyttes på (standard: "
                + "127.0.0.1, kun denne maskine; 0.0.0.0 for alle).")
        String host = "127.0.0.1";

        @Option(names = "--cron", paramLabel = "UDTRYK", description = "Den planlagte kørsel, som for 'schedule' "
                + "(standard: \"0 0 2 * * *\", kl. 02:00).")
        String cron = NightlyScheduler.DEFAULT_CRON;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Vis denne hjælp.")
        boolean help;
    }

    @Command(name = "user", synopsisHeading = "Brug: ", commandListHeading = "%nKommandoer:%n",
            synopsisSubcommandLabel = "KOMMANDO", description = "Webkonsollens brugere.",
            subcommands = {Add.class, Remove.class, ListUsers.class})
    static final class User {
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Vis denne hjælp.")
        boolean help;
    }

    @Command(name = "add", sortOptions = false, synopsisHeading = "Brug: ", optionListHeading = "%nTilvalg:%n",
            description = {"Opretter en bruger (eller giver en eksisterende ny rolle og adgangskode). Adgangskoden "
                    + "læses fra konsollen, ellers fra første linje på standard input."})
    static final class Add {
        @Parameters(paramLabel = "NAVN", description = "Brugernavnet.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLLE", description = "oekonomi (uploade, validere, "
                + "danne, sende) eller laeser (se fund og udgivet output).")
        String role;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Vis denne hjælp.")
        boolean help;
    }

    @Command(name = "remove", synopsisHeading = "Brug: ", description = "Sletter en bruger.")
    static final class Remove {
        @Parameters(paramLabel = "NAVN", description = "Brugernavnet.")
        String name;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Vis denne hjælp.")
        boolean help;
    }

    @Command(name = "list", synopsisHeading = "Brug: ", description = "Viser brugerne og deres roller.")
    static final class ListUsers {
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Vis denne hjælp.")
        boolean help;
    }

    /** Runs `serve` or `user …`; {@code parsed} is the parse result of that subcommand. */
    static int run(Cli cli, ParseResult parsed, PrintStream out, PrintStream err) throws Exception {
        Object command = parsed.commandSpec().userObject();
        if (command instanceof Serve serve) {
            return serve(cli, serve, out);
        }
        if (!parsed.hasSubcommand()) {
            parsed.commandSpec().commandLine().usage(err);
            return ExitStatus.USAGE_OR_UNREADABLE;
        }
        Object sub = parsed.subcommand().commandSpec().userObject();
        Optional<Role> role = sub instanceof Add add ? Role.of(add.role) : Optional.empty();
        if (sub instanceof Add add) {
            if (role.isEmpty()) {
                throw new UserError("Rollen \"" + add.role + "\" findes ikke; vælg oekonomi eller laeser.");
            }
            Optional<String> bad = WebUsers.nameProblem(add.name);
            if (bad.isPresent()) {
                throw new UserError(bad.get());
            }
        }
        // the password is read before the database is opened, so a refused one costs nothing
        String password = sub instanceof Add ? password(out) : null;
        try (ConfigurableApplicationContext ctx = cli.startSpring(true)) {
            Settings.check(ctx, DataDirProperties.class);
            WebUsers users = ctx.getBean(WebUsers.class);
            WebActions actions = ctx.getBean(WebActions.class);
            if (sub instanceof Add add) {
                boolean created = users.add(add.name, role.get(), password);
                actions.record("kommandolinjen", created ? "bruger oprettet" : "bruger ændret", null,
                        add.name + " (" + role.get().id() + ")", null);
                out.println((created ? "Brugeren " + add.name + " er oprettet" : "Brugeren " + add.name
                        + " har fået ny adgangskode") + " med rollen " + role.get().id() + ".");
            } else if (sub instanceof Remove remove) {
                if (!users.remove(remove.name)) {
                    throw new UserError("Der er ingen bruger ved navn \"" + remove.name + "\".");
                }
                actions.record("kommandolinjen", "bruger slettet", null, remove.name, null);
                out.println("Brugeren " + remove.name + " er slettet.");
            } else {
                List<WebUsers.User> all = users.list();
                if (all.isEmpty()) {
                    out.println("Ingen brugere endnu; opret den første med 'aarsrapport user add NAVN --role oekonomi'.");
                }
                for (WebUsers.User u : all) {
                    out.println(String.format("%-30s %-9s oprettet %s", u.name(), u.role().id(),
                            u.created().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm"))));
                }
            }
            return ExitStatus.OK;
        }
    }

    private static int serve(Cli cli, Serve serve, PrintStream out) throws Exception {
        if (serve.port < 1 || serve.port > 65535) {
            throw new UserError("--port skal være et tal fra 1 til 65535, ikke " + serve.port + ".");
        }
        if (serve.host.isBlank()) {
            throw new UserError("--host må ikke være tom.");
        }
        Commands.Schedule schedule = new Commands.Schedule();
        schedule.cron = serve.cron;
        try {
            // the same process as `schedule`, with the web server started: no other command starts one
            return cli.schedule(schedule, "--spring.main.web-application-type=servlet", "--server.port=" + serve.port,
                    "--server.address=" + serve.host);
        } catch (Exception e) {
            if (Causes.find(e, PortInUseException.class).isPresent()) {
                throw new UserError("Porten " + serve.port + " på " + serve.host + " er optaget af et andet program; "
                        + "vælg en anden med --port. Intet er startet.");
            }
            throw e;
        }
    }

    /** Twice from the console, hidden; without one (a pipe, a script), the first line of standard input. */
    private static String password(PrintStream out) throws Exception {
        Console console = System.console();
        String password;
        if (console != null) {
            char[] first = console.readPassword("Adgangskode: ");
            char[] second = console.readPassword("Gentag adgangskoden: ");
            if (first == null || second == null || !Arrays.equals(first, second)) {
                throw new UserError("De to adgangskoder er ikke ens; intet er ændret.");
            }
            password = new String(first);
        } else {
            password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (password == null) {
                throw new UserError("Ingen adgangskode på standard input; intet er ændret.");
            }
        }
        Optional<String> weak = WebUsers.passwordProblem(password);
        if (weak.isPresent()) {
            throw new UserError(weak.get() + " Intet er ændret.");
        }
        return password;
    }
}
