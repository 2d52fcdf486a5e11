package dk.aarsrapport.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.FindingSink;
import dk.aarsrapport.base.Sha256;
import dk.aarsrapport.base.SheetKind;
import dk.aarsrapport.base.Texts;

/**
 * Finds sheets that two files hold alike, row for row: a copy of the workbook left beside it
 * ("aarsregnskab - kopi.xlsx") duplicates every record, and the one finding that names both files comes
 * before the dozens of duplicate findings that follow from it, so the user knows the cause at once.
 */
final class SameSheets {

    private record Pair(String first, String second, boolean workbooks) {
    }

    /** A sheet's content, by its kind and the sha256 of its rows: which file gave it first. */
    private final Map<String, File> firstFile = new HashMap<>();
    /** Per pair of files, the sheets they share, in reading order. */
    private final Map<Pair, List<String>> shared = new LinkedHashMap<>();

    File file(InputFolder.Entry entry) {
        return new File(entry.name(), entry.workbook());
    }

    /** One finding per pair of files with at least one sheet alike, after all files were read. */
    void report(FindingSink findings) {
        shared.forEach((files, sheets) -> {
            String first = shown(files.first());
            String second = shown(files.second());
            findings.add(Finding.fejl("S1", null, files.second(), null, null, first + " og " + second,
                    "ét sæt ark", (files.workbooks() ? "To projektmapper" : "To filer") + " indeholder de samme ark ("
                            + String.join(", ", sheets) + "): " + first + " og " + second
                            + ". Er den ene en kopi, så fjern den; de dobbelte rækker følger af det."));
        });
    }

    /** At most 45 characters: two names and every sheet must fit in one line of at most 300. */
    private static String shown(String name) {
        String s = Texts.visible(name);
        return s.length() > 45 ? s.substring(0, 44) + "…" : s;
    }

    /** The sheets of one file. */
    final class File {
        private final String name;
        private final boolean workbook;

        private File(String name, boolean workbook) {
            this.name = name;
            this.workbook = workbook;
        }

        Sheet sheet(SheetKind kind) {
            return new Sheet(this, kind);
        }
    }

    /** One sheet being read: its rows go into a digest, and at its end it is compared. */
    final class Sheet {
        private final File file;
        private final SheetKind kind;
        private final MessageDigest md = Sha256.digest();
        private int dataRows;

        private Sheet(File file, SheetKind kind) {
            this.file = file;
            this.kind = kind;
        }

        void row(RawRow row, boolean header) {
            if (!header) {
                dataRows++;
            }
            int[] columns = row.cells().keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            for (int col : columns) {
                CellValue cell = row.cells().get(col);
                byte[] text = cell.text().getBytes(StandardCharsets.UTF_8);
                update(col);
                update(cell.kind().ordinal());
                update(text.length);
                md.update(text);
            }
            update(-1);
        }

        private void update(int n) {
            md.update((byte) (n >>> 24));
            md.update((byte) (n >>> 16));
            md.update((byte) (n >>> 8));
            md.update((byte) n);
        }

        void end() {
            if (dataRows == 0) {
                return; // a sheet of headers only duplicates no record
            }
            String key = kind + ":" + HexFormat.of().formatHex(md.digest());
            File first = firstFile.putIfAbsent(key, file);
            if (first != null && first != file) {
                shared.computeIfAbsent(new Pair(first.name, file.name, first.workbook && file.workbook),
                        p -> new ArrayList<>()).add(kind.displayName());
            }
        }
    }
}
