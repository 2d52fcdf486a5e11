package dk.aarsrapport.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.zip.ZipFile;

/**
 * An uploaded input file, put into the year's input folder: only {@code .xlsx} (checked by its content: a zip
 * whose directory names a workbook part) and {@code .csv}; the name reduced to a safe one inside the folder;
 * written to a hidden file first, forced to disk and renamed into place, so a run never reads half a file.
 * A file it replaces is first copied to {@code input/<year>-arkiv/}, beside the input, so nothing is lost.
 * The contents are not parsed here: Valider reads them as the command line does, with its messages.
 */
final class InputUploads {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private InputUploads() {
    }

    /** A refusal, in Danish, for the page. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    static Path archive(Path input) {
        return input.resolveSibling(input.getFileName() + "-arkiv");
    }

    /**
     * The name as a file name inside the folder: the last part of what the browser sent (never a path), letters,
     * digits, space, dot, dash and underscore only, no leading dot, at most 100 characters, the extension in
     * lower case.
     */
    static String safeName(String original) throws Refused {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[^\\p{L}\\p{N} ._-]", "_")
                .replaceAll("\\s+", " ").strip().replaceAll("^[.\\s_-]+", "");
        String lower = name.toLowerCase(Locale.ROOT);
        String ext = lower.endsWith(".xlsx") ? ".xlsx" : lower.endsWith(".csv") ? ".csv" : null;
        if (ext == null) {
            throw new Refused("Kun regneark (.xlsx) og CSV-filer (.csv) kan uploades, ikke \""
                    + shown(original) + "\".");
        }
        String stem = name.substring(0, name.length() - ext.length()).strip();
        if (stem.isEmpty() || stem.replace(".", "").isEmpty()) {
            stem = "upload";
        }
        if (stem.length() > 95) {
            stem = stem.substring(0, 95);
        }
        return stem + ext;
    }

    /** Stores the upload; returns the name it got. {@code maxBytes}: the size limit. */
    static String store(Path input, String original, long size, InputStream content, long maxBytes)
            throws Refused, IOException {
        String name = safeName(original);
        if (size > maxBytes) {
            throw new Refused(tooLarge(name, maxBytes));
        }
        if (size == 0) {
            throw new Refused("Filen " + name + " er tom; intet er gemt.");
        }
        Files.createDirectories(input);
        Path archive = archive(input);
        Files.createDirectories(archive);
        Path tmp = Files.createTempFile(archive, ".upload-", ".tmp");
        try {
            long copied;
            try (InputStream in = content) {
                copied = Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            if (copied > maxBytes) {
                throw new Refused(tooLarge(name, maxBytes));
            }
            if (name.endsWith(".xlsx")) {
                checkWorkbook(tmp, name);
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Path target = input.resolve(name);
            if (!target.normalize().getParent().equals(input.normalize())) {
                throw new Refused("Filnavnet " + name + " kan ikke bruges.");
            }
            if (Files.isRegularFile(target)) {
                Files.copy(target, archive.resolve(STAMP.format(LocalDateTime.now()) + "-" + name),
                        StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return name;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static String tooLarge(String name, long maxBytes) {
        return "Filen " + name + " er for stor: højst " + (maxBytes / (1024 * 1024)) + " MB kan uploades "
                + "(indstillingen aarsrapport.web.max-upload). Intet er gemt.";
    }

    /**
     * A workbook is a zip whose directory names its parts: read without inflating a byte, so a zip bomb costs
     * nothing here (Valider then reports it as the command line does).
     */
    private static void checkWorkbook(Path file, String name) throws Refused, IOException {
        byte[] magic = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(magic, 0, 4) < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
                throw new Refused("Filen " + name + " er ikke et Excel-regneark (.xlsx), selv om den hedder sådan; "
                        + "gem den som Excel-projektmappe og prøv igen. Intet er gemt.");
            }
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null || zip.getEntry("xl/workbook.xml") == null) {
                throw new Refused("Filen " + name + " er en zip-fil, men ikke et Excel-regneark; intet er gemt.");
            }
        } catch (java.util.zip.ZipException e) {
            throw new Refused("Filen " + name + " er ikke et Excel-regneark (.xlsx), den kan ikke åbnes; intet er gemt.");
        }
    }

    private static String shown(String original) {
        String s = original == null ? "" : original.replaceAll("\\p{Cntrl}", "?");
        return s.length() > 100 ? s.substring(0, 100) + "…" : s;
    }
}
