package dk.aarsrapport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Works out the year and folders of a run as cli-and-output.md says: {@code --year}; else the input
 * folder's name when it is a year; else the highest year among {@code input/<year>/}.
 */
final class YearFolders {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** {@code previous} is {@code --previous} as given, checked, or null (the job then looks for the sibling). */
    record Resolved(int year, Path input, Path output, Path previous) {
    }

    static Resolved resolve(Integer year, Path input, Path output, Path base) throws UserError {
        return resolve(year, input, output, null, base);
    }

    static Resolved resolve(Integer year, Path input, Path output, Path previous, Path base) throws UserError {
        int y;
        if (year != null) {
            y = year;
        } else if (input != null) {
            String name = input.toAbsolutePath().normalize().getFileName() == null ? ""
                    : input.toAbsolutePath().normalize().getFileName().toString();
            if (!YEAR.matcher(name).matches()) {
                throw new UserError("Året kan ikke bestemmes: inputmappen " + input
                        + " er ikke navngivet efter et år; angiv --year.");
            }
            y = Integer.parseInt(name);
        } else {
            y = highestYear(base.resolve("input")).orElseThrow(() -> new UserError(
                    "Året kan ikke bestemmes: angiv --year, eller læg input i en mappe input/<år>/."));
        }
        if (y < 1900 || y > 2999) {
            throw new UserError("Året " + y + " er ikke et gyldigt regnskabsår.");
        }
        Path in = input != null ? input : base.resolve("input").resolve(String.valueOf(y));
        Path out = output != null ? output : base.resolve("output").resolve(String.valueOf(y));
        if (!Files.isDirectory(in)) {
            throw new UserError("Inputmappen " + in + " findes ikke.");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserError("Outputmappen " + out + " er en fil, ikke en mappe.");
        }
        if (real(out).startsWith(real(in))) {
            // the next run would read its own published files as input
            throw new UserError("Outputmappen " + out + " må ikke være inputmappen eller ligge i den (" + in + ").");
        }
        if (previous != null && !Files.isDirectory(previous)) {
            throw new UserError("Forrige års inputmappe " + previous + " (--previous) findes ikke eller er ikke en mappe.");
        }
        if (previous != null && real(previous).equals(real(in))) {
            throw new UserError("--previous " + previous + " er årets egen inputmappe; angiv mappen for " + (y - 1) + ".");
        }
        return new Resolved(y, in, out, previous);
    }

    /** The folder as the file system sees it, links resolved, as far as it exists; the rest as given. */
    private static Path real(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (java.io.IOException e) {
            return absolute;
        }
    }

    private static OptionalInt highestYear(Path inputRoot) throws UserError {
        if (!Files.isDirectory(inputRoot)) {
            return OptionalInt.empty();
        }
        try (Stream<Path> list = Files.list(inputRoot)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> YEAR.matcher(n).matches()).mapToInt(Integer::parseInt).max();
        } catch (IOException e) {
            throw new UserError("Mappen " + inputRoot + " kan ikke læses: " + e.getMessage());
        }
    }

    private YearFolders() {
    }
}
