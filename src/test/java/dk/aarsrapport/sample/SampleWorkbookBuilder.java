package dk.aarsrapport.sample;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds a bundled sample workbook (e.g. {@code input/2015/aarsregnskab.xlsx}) from the CSV files of its
 * folder (e.g. {@code src/test/resources/sample-2015-csv}). The CSV files are the source of truth: they diff well
 * in review and double as a test fixture; the workbook is what finance staff actually look at.
 *
 * <p>Run through {@code scripts/build-sample.sh}.
 */
public final class SampleWorkbookBuilder {

    /**
     * File stem to sheet name, in workbook order. The reader accepts the ASCII stems too, but staff
     * read the workbook, so it gets the names the spec prints.
     */
    private static final Map<String, SheetSpec> SHEETS = new LinkedHashMap<>();

    static {
        sheet("rapport", "Rapport", Set.of(), Set.of());
        sheet("politikomraader", "Politikområder", Set.of("Nr"), Set.of());
        // Regnskab's amount columns carry the year in their header, so they are matched by pattern below.
        sheet("regnskab", "Regnskab", Set.of("Afvigelse"), Set.of());
        sheet("tekster", "Tekster", Set.of(), Set.of("Tekst"));
        sheet("effektmaal", "Effektmål", Set.of(), Set.of("Beskrivelse", "Målsætning", "Resultat"));
        sheet("maalinger", "Målinger", Set.of("År", "Tæller", "Nævner", "Værdi", "Målværdi"), Set.of());
        sheet("modtagere", "Modtagere", Set.of(), Set.of());
        // Nr is a goal's number as shown ("1.10" is not 1,1), so it stays text
        sheet("maalopfoelgning", "Målopfølgning", Set.of(),
                Set.of("Målsætning", "Målgruppe", "Beskrivelse", "Samarbejdspartnere", "Temabeskrivelse"));
        // Funktion, Art and Sted are codes ("5.57.72", "5.2", "0031"), so they stay text; Dranst is a number 1-9
        sheet("konti", "Konti", Set.of("Dranst"), Set.of());
        sheet("kontoplan", "Kontoplan", Set.of("Dranst"), Set.of());
    }

    private static final Pattern REGNSKAB_AMOUNT_HEADER =
            Pattern.compile("(?i)(regnskab|budget|korr\\. budget|korrigeret budget) \\d{4}");

    /** Identifiers, not quantities: "2015" must not be shown as "2.015" by a Danish Excel. */
    private static final Set<String> PLAIN_INTEGER_COLUMNS = Set.of("Nr", "År", "Dranst");

    /** As input-format.md writes numbers: dot groups thousands, comma marks decimals, '-' or U+2212. */
    private static final Pattern DANISH_NUMBER =
            Pattern.compile("([-\u2212]?)(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?");

    /** The Vejledning sheet: what the sample is and how its sheets are filled, for the sheets it has. */
    private static List<String> instructions(Path csvFolder, Set<String> stems) {
        List<String> lines = new java.util.ArrayList<>(List.of(
                "Vejledning",
                "",
                "Denne projektmappe er et af programmets eksempler på årets input, skrevet af efter kommunens egne "
                        + "dokumenter.",
                "Hvert ark findes ved sit navn, og kolonneoverskrifterne i første række skal stå uændret."));
        if (stems.contains("regnskab")) {
            lines.add("Beløb på arket Regnskab er i 1.000 kr. og skrives som tal (fx 10.632 eller -609). "
                    + "Rækken \"I alt\" kontrolleres mod summen af linjerne.");
        }
        if (stems.contains("konti")) {
            lines.add("Konti er kommunens regnskab pr. konto, som økonomisystemet eksporterer det, med beløb i kr. "
                    + "Kontoplan siger, hvilken linje i hvilket politikområde hver konto hører til; den mest "
                    + "specifikke række vinder.");
        }
        if (stems.contains("tekster") || stems.contains("effektmaal")) {
            lines.add("Tekster: en tom linje adskiller afsnit, \"## \" i starten af en linje giver en underoverskrift, "
                    + "\"• \" et punkt i en opstilling.");
        }
        if (stems.contains("maalinger")) {
            lines.add("Målinger: Mål skal stå præcis som på arket Effektmål for samme politikområde.");
        }
        if (stems.contains("maalopfoelgning")) {
            lines.add("Målopfølgning: én række pr. indsats. Et måls Nr og Målsætning står på dets første række; de "
                    + "følgende rækker med samme Nr (eller uden Nr og med tom Målsætning) er målets øvrige indsatser.");
        }
        lines.add("Arket Vejledning springes over, når projektmappen indlæses.");
        lines.add("");
        lines.add("Eksemplet bygges af CSV-filerne i " + csvFolder.toString().replace('\\', '/')
                + " med scripts/build-sample.sh. Ret i CSV-filerne, ikke her, ellers forsvinder rettelsen ved næste "
                + "kørsel.");
        return lines;
    }

    /** Stands in for "when": the sample's content, not its build time, is what matters. */
    private static final LocalDateTime FIXED_DATE = LocalDateTime.of(2016, 1, 1, 0, 0);

    private static final int MIN_WIDTH_CHARS = 8;
    private static final int MAX_WIDTH_CHARS = 60;
    private static final int WRAPPED_WIDTH_CHARS = 70;
    private static final int TEKST_WIDTH_CHARS = 100;
    /** Excel's ceiling for a row height, in points. */
    private static final float MAX_ROW_HEIGHT_POINTS = 409f;
    private static final float LINE_HEIGHT_POINTS = 15f;

    private SampleWorkbookBuilder() {
    }

    private static void sheet(String stem, String name, Set<String> numericColumns, Set<String> wrappedColumns) {
        SHEETS.put(stem, new SheetSpec(name, numericColumns, wrappedColumns));
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("Brug: SampleWorkbookBuilder <csv-mappe> <xlsx-fil>");
            System.exit(2);
        }
        Path csvFolder = Path.of(args[0]);
        Path xlsxFile = Path.of(args[1]);
        build(csvFolder, xlsxFile);
        System.out.println("Skrev " + xlsxFile.toAbsolutePath().normalize());
    }

    public static void build(Path csvFolder, Path xlsxFile) throws IOException {
        rejectUnknownFiles(csvFolder);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Set<String> stems = new TreeSet<>();
            SHEETS.keySet().stream().filter(stem -> Files.exists(csvFolder.resolve(stem + ".csv"))).forEach(stems::add);
            writeInstructions(workbook, styles, instructions(csvFolder, stems));
            for (Map.Entry<String, SheetSpec> entry : SHEETS.entrySet()) {
                Path csv = csvFolder.resolve(entry.getKey() + ".csv");
                if (Files.exists(csv)) {
                    writeSheet(workbook, styles, entry.getValue(), readCsv(csv));
                }
            }
            pinDocumentDates(workbook);
            write(workbook, xlsxFile);
        }
    }

    /** A CSV the map does not know would silently vanish from the sample; better to stop. */
    private static void rejectUnknownFiles(Path csvFolder) throws IOException {
        if (!Files.isDirectory(csvFolder)) {
            throw new IOException("CSV-mappen findes ikke: " + csvFolder);
        }
        try (Stream<Path> files = Files.list(csvFolder)) {
            Set<String> unknown = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .filter(n -> !SHEETS.containsKey(n.substring(0, n.length() - 4)))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!unknown.isEmpty()) {
                throw new IOException("Ukendte CSV-filer i " + csvFolder + ": " + String.join(", ", unknown));
            }
        }
    }

    /** Past a byte order mark: in front of a quoted first field it would make the quotes data. */
    private static Reader skipBom(Reader in) throws IOException {
        java.io.BufferedReader b = new java.io.BufferedReader(in);
        b.mark(1);
        if (b.read() != '\uFEFF') {
            b.reset();
        }
        return b;
    }

    private static List<String[]> readCsv(Path csv) throws IOException {
        // Strict decoding: the fixture is UTF-8 by contract, and a mis-encoded file should fail here,
        // not turn into mojibake in the sample.
        try (Reader in = new InputStreamReader(Files.newInputStream(csv), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
             CSVReader reader = new CSVReaderBuilder(skipBom(in))
                     .withCSVParser(new RFC4180ParserBuilder().withSeparator(';').build())
                     .build()) {
            List<String[]> rows = reader.readAll();
            if (rows.isEmpty()) {
                throw new IOException(csv + " er tom; den skal mindst have en overskriftsrække.");
            }
            String[] header = rows.get(0);
            if (header.length > 0 && header[0].startsWith("\uFEFF")) {
                header[0] = header[0].substring(1);
            }
            for (int i = 1; i < rows.size(); i++) {
                if (rows.get(i).length > header.length) {
                    throw new IOException(csv + " række " + (i + 1) + " har flere felter end overskriften.");
                }
            }
            return rows;
        } catch (CsvException e) {
            throw new IOException(csv + " kan ikke læses som CSV: " + e.getMessage(), e);
        }
    }

    private static void writeInstructions(XSSFWorkbook workbook, Styles styles, List<String> instructions) {
        Sheet sheet = workbook.createSheet("Vejledning");
        sheet.setColumnWidth(0, 120 * 256);
        for (int i = 0; i < instructions.size(); i++) {
            Cell cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(instructions.get(i));
            cell.setCellStyle(i == 0 ? styles.title : styles.wrapped);
        }
    }

    private static void writeSheet(XSSFWorkbook workbook, Styles styles, SheetSpec spec, List<String[]> rows) {
        Sheet sheet = workbook.createSheet(spec.name());
        String[] header = rows.get(0);
        ColumnKind[] kinds = new ColumnKind[header.length];
        for (int c = 0; c < header.length; c++) {
            kinds[c] = spec.kindOf(header[c].strip());
        }

        Row headerRow = sheet.createRow(0);
        for (int c = 0; c < header.length; c++) {
            Cell cell = headerRow.createCell(c);
            cell.setCellValue(header[c].strip());
            cell.setCellStyle(styles.header);
        }

        for (int r = 1; r < rows.size(); r++) {
            String[] values = rows.get(r);
            Row row = sheet.createRow(r);
            int lines = 1;
            for (int c = 0; c < values.length; c++) {
                String value = values[c].strip();
                if (value.isEmpty()) {
                    continue;
                }
                Cell cell = row.createCell(c);
                Optional<DanishNumber> number = kinds[c] == ColumnKind.TEXT || kinds[c] == ColumnKind.WRAPPED
                        ? Optional.empty() : DanishNumber.parse(value);
                if (number.isPresent()) {
                    cell.setCellValue(number.get().value().doubleValue());
                    cell.setCellStyle(styles.number(kinds[c], number.get().decimals()));
                } else {
                    cell.setCellValue(value);
                    cell.setCellStyle(kinds[c] == ColumnKind.WRAPPED ? styles.wrapped : styles.text);
                    if (kinds[c] == ColumnKind.WRAPPED) {
                        lines = Math.max(lines, estimateLines(value, wrappedWidth(header[c])));
                    }
                }
            }
            if (lines > 1) {
                // Excel does not re-measure wrapped rows when it opens a file, so without a height a long
                // text would show as a single clipped line.
                row.setHeightInPoints(Math.min(MAX_ROW_HEIGHT_POINTS, lines * LINE_HEIGHT_POINTS));
            }
        }

        for (int c = 0; c < header.length; c++) {
            sheet.setColumnWidth(c, columnWidthChars(rows, c, kinds[c], header[c]) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static int wrappedWidth(String header) {
        return header.strip().equals("Tekst") ? TEKST_WIDTH_CHARS : WRAPPED_WIDTH_CHARS;
    }

    private static int columnWidthChars(List<String[]> rows, int column, ColumnKind kind, String header) {
        if (kind == ColumnKind.WRAPPED) {
            return wrappedWidth(header);
        }
        int widest = 0;
        for (String[] row : rows) {
            if (column < row.length) {
                for (String line : row[column].split("\n", -1)) {
                    widest = Math.max(widest, line.strip().length());
                }
            }
        }
        // +2 leaves room for Excel's cell padding and the bold header being wider than its characters.
        return Math.max(MIN_WIDTH_CHARS, Math.min(MAX_WIDTH_CHARS, widest + 2));
    }

    private static int estimateLines(String text, int widthChars) {
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(line.length() / (double) widthChars));
        }
        return lines;
    }

    /**
     * POI stamps the creation time into docProps/core.xml; a fixed date keeps a rebuild of unchanged CSVs
     * from producing a workbook that merely looks changed (the engine fingerprints its inputs).
     */
    private static void pinDocumentDates(XSSFWorkbook workbook) {
        Date date = Date.from(FIXED_DATE.toInstant(ZoneOffset.UTC));
        var core = workbook.getProperties().getCoreProperties();
        core.setCreator("aarsrapport");
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
    }

    /** Written next to the target and moved into place, so a failed build never leaves half a workbook. */
    private static void write(XSSFWorkbook workbook, Path xlsxFile) throws IOException {
        Path target = xlsxFile.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            ByteArrayOutputStream packed = new ByteArrayOutputStream();
            workbook.write(packed);
            try (OutputStream out = Files.newOutputStream(temp)) {
                repackWithFixedTimes(packed.toByteArray(), out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * POI stamps every zip entry with the time of writing. The workbook is committed, so a rebuild from
     * unchanged CSVs must give the same bytes, or every rebuild shows up as a change to review.
     */
    private static void repackWithFixedTimes(byte[] xlsx, OutputStream out) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(entry.getName());
                // Local (DOS) time is stored as given, so the bytes do not depend on the machine's time zone.
                copy.setTimeLocal(FIXED_DATE);
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
    }

    private enum ColumnKind { TEXT, WRAPPED, AMOUNT, PLAIN_INTEGER }

    private record SheetSpec(String name, Set<String> numericColumns, Set<String> wrappedColumns) {

        ColumnKind kindOf(String header) {
            if (wrappedColumns.contains(header)) {
                return ColumnKind.WRAPPED;
            }
            if (PLAIN_INTEGER_COLUMNS.contains(header) && numericColumns.contains(header)) {
                return ColumnKind.PLAIN_INTEGER;
            }
            boolean yearAmounts = name.equals("Regnskab") || name.equals("Konti");
            if (numericColumns.contains(header) || (yearAmounts && REGNSKAB_AMOUNT_HEADER.matcher(header).matches())) {
                return ColumnKind.AMOUNT;
            }
            return ColumnKind.TEXT;
        }
    }

    private record DanishNumber(BigDecimal value, int decimals) {

        static Optional<DanishNumber> parse(String text) {
            Matcher m = DANISH_NUMBER.matcher(text);
            if (!m.matches()) {
                return Optional.empty();
            }
            String fraction = m.group(3);
            BigDecimal magnitude = new BigDecimal(m.group(2).replace(".", "") + (fraction == null ? "" : "." + fraction));
            return Optional.of(new DanishNumber(m.group(1).isEmpty() ? magnitude : magnitude.negate(),
                    fraction == null ? 0 : fraction.length()));
        }
    }

    /** Cell styles are a workbook-wide resource (at most 64,000), so they are made once and shared. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle title;
        final CellStyle text;
        final CellStyle wrapped;
        private final CellStyle plainInteger;
        private final Map<Integer, CellStyle> amountByDecimals = new LinkedHashMap<>();
        private final XSSFWorkbook workbook;

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setBorderBottom(BorderStyle.THIN);
            header.setVerticalAlignment(VerticalAlignment.TOP);

            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);

            // Top alignment: rows grow with their longest text, and short cells should stay level with its start.
            text = workbook.createCellStyle();
            text.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped = workbook.createCellStyle();
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped.setWrapText(true);

            plainInteger = workbook.createCellStyle();
            plainInteger.setVerticalAlignment(VerticalAlignment.TOP);
            plainInteger.setDataFormat(workbook.createDataFormat().getFormat("0"));
        }

        CellStyle number(ColumnKind kind, int decimals) {
            if (kind == ColumnKind.PLAIN_INTEGER && decimals == 0) {
                return plainInteger;
            }
            // Keep the decimals the source shows, so "7,0 %" still reads 7,0 and not 7.
            return amountByDecimals.computeIfAbsent(decimals, d -> {
                DataFormat format = workbook.createDataFormat();
                CellStyle style = workbook.createCellStyle();
                style.setVerticalAlignment(VerticalAlignment.TOP);
                style.setDataFormat(format.getFormat(d == 0 ? "#,##0" : "#,##0." + "0".repeat(d)));
                return style;
            });
        }
    }
}
