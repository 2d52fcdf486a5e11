package dk.aarsrapport.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import dk.aarsrapport.base.DataDirProperties;

/**
 * The start-up check of the data folder, before the log or the database opens anything in it: a folder
 * that cannot be created or written to, and a path the database address cannot carry, are settings errors
 * (one line, exit 2), not a stack of Logback errors and an internal failure. It runs once the configuration
 * files are read (Boot's +10) and before the logging system opens its file (+20). A failure is not thrown
 * here: Logback is not set up yet and would print Spring's report of it on the console. The log file is
 * turned off instead, and {@link DataDirLockListener} throws it once logging is quiet.
 */
final class DataFolder implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    static final String SETTING = "aarsrapport.data-dir";

    private Path configured;
    private Path dir;
    private WrongSettingException refused;

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 15;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment env = event.getEnvironment();
        try {
            // the same record the beans read, bound by hand: no bean exists yet
            configured = Settings.bind(env, DataDirProperties.class).dataDir();
            dir = configured.toAbsolutePath().normalize();
            // from here on every use of the folder (database address, log file, print cache) is this one path,
            // which HSQLDB takes as it is (a relative one it would resolve itself, a leading ~ to the home folder)
            env.getPropertySources().addFirst(new MapPropertySource("aarsrapportDataDir", Map.of(SETTING, dir.toString())));
            String url = env.getProperty("spring.datasource.url");
            if (url != null && url.startsWith("jdbc:hsqldb:file:")) {
                checkEmbeddedPath(dir, SETTING);
            }
            checkWritable(dir, "Datamappen (" + SETTING + ")");
            String logFile = env.getProperty("logging.file.name");
            if (logFile != null && !logFile.isBlank() && Path.of(logFile).toAbsolutePath().getParent() != null) {
                checkWritable(Path.of(logFile).toAbsolutePath().getParent(), "Logmappen (logging.file.name)");
            }
        } catch (WrongSettingException e) {
            refused = e;
            env.getPropertySources().addFirst(new MapPropertySource("aarsrapportNoLogFile",
                    Map.of("logging.file.name", "", "logging.file.path", "")));
        }
    }

    /** The data folder, absolute; throws what the check found wrong with it. */
    Path checked() {
        if (refused != null) {
            throw refused;
        }
        return dir;
    }

    /** The folder as the operator wrote it, for the console. */
    Path configured() {
        return configured;
    }

    /**
     * HSQLDB reads its file address up to the first {@code ;} and the rest as its own settings, and has no
     * quoting: such a folder would put the database files beside it, under a name cut short. Every other
     * character ({@code =}, spaces, letters like {@code Ø}) is taken as it is.
     */
    static void checkEmbeddedPath(Path absolute, String setting) {
        if (absolute.toString().contains(";")) {
            throw new WrongSettingException(setting + " må ikke indeholde semikolon (;), for databasen ville så blive "
                    + "lagt uden for mappen: \"" + absolute + "\"; vælg en mappe uden semikolon i stien.");
        }
    }

    /** That {@code folder} exists or can be made, and that a file can be written in it. */
    static void checkWritable(Path folder, String what) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new WrongSettingException(what + " " + folder + " kan ikke oprettes (" + why(e) + "); den skal være "
                    + "en mappe, programmet kan skrive i.");
        }
        try {
            Path probe = Files.createTempFile(folder, ".skrivetest-", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new WrongSettingException(what + " " + folder + " kan ikke skrives i (" + why(e) + "); den skal være "
                    + "skrivbar for programmet.");
        }
    }

    private static String why(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "ingen skriveadgang";
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return (((FileSystemException) e).getFile() == null ? "stien" : ((FileSystemException) e).getFile())
                    + " er en fil, ikke en mappe";
        }
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        if (reason != null && reason.toLowerCase(java.util.Locale.ROOT).contains("read-only")) {
            return "filsystemet er skrivebeskyttet";
        }
        if (reason != null && reason.toLowerCase(java.util.Locale.ROOT).contains("not a directory")) {
            return "en del af stien er en fil, ikke en mappe";
        }
        return reason == null ? e.getClass().getSimpleName() : reason;
    }
}
