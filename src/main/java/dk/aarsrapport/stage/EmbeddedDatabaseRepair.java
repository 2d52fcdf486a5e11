package dk.aarsrapport.stage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens the embedded HSQLDB file database once before the program does, and deals with files that a power
 * cut or a full disk has damaged, so that one bad night is not followed by a failed run every night. What
 * HSQLDB can rebuild itself is left to it: a damaged {@code .properties} is moved aside and HSQLDB writes a
 * new one from the {@code .script} and {@code .data}, which keep every row. What it cannot (a truncated
 * {@code .script}, a {@code .data} whose rows or indexes cannot be read) makes every file of the database
 * untrustworthy, since they describe one state together: they are all moved to {@code beskadiget-<time>/}
 * beside them (nothing is deleted) and the run starts on a new database. The staging tables are rebuilt
 * from the input, and the delivery log falls back on the published udsendelse.csv (deliver package).
 */
public final class EmbeddedDatabaseRepair {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EmbeddedDatabaseRepair.class);

    private static final String PREFIX = "jdbc:hsqldb:file:";
    /**
     * Up to this size of {@code .data} the probe reads every table, staging rows too (the sample years' database
     * is 2 MB and was checked in 44 ms).
     */
    static final long FULL_CHECK_BYTES = 4L << 20;
    /** The files and folders HSQLDB keeps for a database named {@code <base>}. */
    private static final List<String> SUFFIXES = List.of(".properties", ".script", ".data", ".backup", ".log",
            ".lobs", ".tmp", ".script.new", ".properties.new", ".data.old");
    private static final Pattern SCRIPT_LINE = Pattern.compile("error in script file\\s+line: (\\d+)");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path base;
    private final String url;
    private final String user;
    private final String password;

    private EmbeddedDatabaseRepair(Path base, String url, String user, String password) {
        this.base = base;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The repair of the database at {@code url}; empty when that is not an embedded HSQLDB file database. */
    public static Optional<EmbeddedDatabaseRepair> of(String url, String user, String password) {
        if (url == null || !url.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = url.substring(PREFIX.length());
        int semicolon = rest.indexOf(';');
        Path base = Path.of(semicolon < 0 ? rest : rest.substring(0, semicolon)).toAbsolutePath().normalize();
        return Optional.of(new EmbeddedDatabaseRepair(base, url, user == null ? "SA" : user,
                password == null ? "" : password));
    }

    /**
     * Checks the database and repairs what is damaged; the Danish line that says what was found and done,
     * empty when the database is sound or new. Throws only when the files cannot be moved aside.
     */
    public Optional<String> repair(LocalDateTime now, String folder) throws IOException {
        Path aside = base.resolveSibling("beskadiget-" + STAMP.format(now));
        String name = base.getFileName().toString();
        if (!exists(".properties") && !exists(".script")) {
            // a new database, or a data folder that was emptied: HSQLDB creates it, over any file of the old one
            boolean leftOver = SUFFIXES.stream().anyMatch(this::exists);
            return leftOver ? Optional.of(moveAll(aside, folder, name + ".script og " + name + ".properties mangler",
                    "no script and no properties")) : Optional.empty();
        }
        if (exists(".properties") && !validProperties(file(".properties"))) {
            move(".properties", aside);
            Optional<String> failure = probe();
            if (failure.isEmpty()) {
                return Optional.of(oneLine("Databasen i %s var beskadiget (" + name + ".properties kunne ikke læses); "
                        + "filen er flyttet til " + aside.getFileName() + "/, og HSQLDB har genskabt den ud fra " + name
                        + ".script og " + name + ".data med historik og udsendelseslog.", folder));
            }
            return Optional.of(moveAll(aside, folder, name + ".properties og " + culprit(failure.get()), failure.get()));
        }
        Optional<String> failure = probe();
        if (failure.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(moveAll(aside, folder, culprit(failure.get()), failure.get()));
    }

    private String moveAll(Path aside, String folder, String files, String why) throws IOException {
        log.warn("The embedded database {} cannot be used ({}); its files are moved to {}", base, why, aside);
        for (String suffix : SUFFIXES) {
            if (exists(suffix)) {
                move(suffix, aside);
            }
        }
        return oneLine("Databasen i %s er beskadiget (" + files + "); filerne er flyttet til " + aside.getFileName()
                + "/, og kørslen fortsætter med en ny database, bygget op fra inddata og udsendelse.csv (detaljer i "
                + "logfilen).", folder);
    }

    /** {@code text} with the folder in it, by its last name only when its whole path would make the line too long. */
    private static String oneLine(String text, String folder) {
        String line = text.formatted(folder);
        Path name = Path.of(folder).getFileName();
        return line.length() <= 300 || name == null ? line : text.formatted(name);
    }

    /**
     * Why the database cannot be used as it is, or empty when it opens and its tables read back through every
     * index. Opening reads the script and the index roots in {@code .data}, which is where the damage of a
     * power cut or a full disk shows. The rows themselves are read for the tables that cannot be rebuilt
     * (history, job repository, delivery log: small), and for every table after a stop that was not clean
     * ({@code modified=yes}) or when the database is small ({@link #FULL_CHECK_BYTES}): reading a million staged
     * rows costs some 20 s, which a sound nightly run is spared.
     */
    private Optional<String> probe() {
        boolean unclean = "yes".equals(properties(file(".properties")).map(p -> p.getProperty("modified")).orElse("yes"));
        // a small database is read whole, staging rows too: garbage that hit only staging rows passed the probe,
        // and the run stopped when Flyway opened the database (DamagedDatabaseTest, seen once in a full test run)
        boolean all = unclean || size(".data") <= FULL_CHECK_BYTES;
        Properties login = new Properties();
        login.setProperty("user", user);
        login.setProperty("password", password);
        try (Connection c = org.hsqldb.jdbc.JDBCDriver.getConnection(url + ";ifexists=true", login);
             Statement s = c.createStatement()) {
            String error = null;
            try {
                for (String check : checks(s, all)) {
                    error = error != null ? error : firstError(s, check);
                }
            } catch (SQLException e) {
                error = e.getMessage();
            }
            // as is when damaged: a checkpoint would rewrite the files before they are moved aside
            s.execute(error == null ? "SHUTDOWN" : "SHUTDOWN IMMEDIATELY");
            return Optional.ofNullable(error);
        } catch (SQLException e) {
            return Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private static List<String> checks(Statement s, boolean all) throws SQLException {
        if (all) {
            return List.of("PERFORM CHECK ALL TABLE INDEX");
        }
        List<String> checks = new java.util.ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.SYSTEM_TABLES "
                + "WHERE TABLE_SCHEM = 'PUBLIC' AND TABLE_TYPE = 'TABLE'")) {
            while (rs.next()) {
                String table = rs.getString(1);
                // the staging tables of a run are read again from the input; the run history is not
                boolean staging = table.startsWith("STG_") && !table.equals("STG_RUN");
                if (!staging) {
                    checks.add("PERFORM CHECK TABLE PUBLIC.\"" + table.replace("\"", "\"\"") + "\" INDEX");
                }
            }
        }
        return checks;
    }

    private String firstError(Statement s, String check) throws SQLException {
        try (ResultSet rs = s.executeQuery(check)) {
            while (rs.next()) {
                String info = rs.getString("INFO");
                if (info != null && info.toLowerCase(java.util.Locale.ROOT).contains("error")) {
                    return base.getFileName() + ".data: " + rs.getString("TABLE_NAME") + " " + info;
                }
            }
        }
        return null;
    }

    /**
     * The file at fault and what is wrong with it, in words. HSQLDB reads {@code .data} while it runs the
     * {@code .script}: a failure on a line that sets a table's index roots (they point into {@code .data}) is
     * the data file's, any other line's the script's.
     */
    private String culprit(String failure) {
        String name = base.getFileName().toString();
        String unreadable = name + ".data: rækker eller indekser kan ikke læses";
        if (failure.contains(".data")) {
            return unreadable;
        }
        Matcher m = SCRIPT_LINE.matcher(failure);
        if (m.find()) {
            try {
                List<String> lines = Files.readAllLines(file(".script"), java.nio.charset.StandardCharsets.ISO_8859_1);
                int line = Integer.parseInt(m.group(1));
                if (line >= 1 && line <= lines.size() && lines.get(line - 1).matches("SET TABLE .* INDEX .*")) {
                    return unreadable;
                }
                return name + ".script: linje " + line + " kan ikke læses";
            } catch (IOException | NumberFormatException e) {
                // then the script is the one that cannot be read
            }
        }
        return name + ".script: databasen kan ikke åbnes";
    }

    /** HSQLDB's own properties file: readable, and naming the version that wrote it. */
    private static boolean validProperties(Path file) {
        Optional<Properties> p = properties(file);
        String version = p.map(q -> q.getProperty("version")).orElse(null);
        String modified = p.map(q -> q.getProperty("modified")).orElse(null);
        return version != null && version.matches("\\d+\\.\\d+(\\.\\d+)?")
                && (modified == null || modified.matches("yes|no|no-new-files"));
    }

    private static Optional<Properties> properties(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            return Optional.of(p);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void move(String suffix, Path aside) throws IOException {
        Files.createDirectories(aside);
        Path from = file(suffix);
        Files.move(from, aside.resolve(from.getFileName()));
    }

    private long size(String suffix) {
        try {
            return exists(suffix) ? Files.size(file(suffix)) : 0;
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private boolean exists(String suffix) {
        return Files.exists(file(suffix), java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }

    private Path file(String suffix) {
        return base.resolveSibling(base.getFileName() + suffix);
    }
}
