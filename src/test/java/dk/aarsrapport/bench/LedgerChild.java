package dk.aarsrapport.bench;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.springframework.context.ConfigurableApplicationContext;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;

import dk.aarsrapport.ingest.InputReader;
import dk.aarsrapport.ledger.LedgerBuilder;
import dk.aarsrapport.stage.StagedData;
import dk.aarsrapport.stage.StagingWriter;
import dk.aarsrapport.validate.Rule;
import dk.aarsrapport.validate.ValidationRun;

/**
 * The ledger's measurements for {@link BenchChild}: the engine's ingest + staging + ledger build + K-rules of
 * a generated ledger, timed by phase, and the same files read by the bare reader with no staging.
 */
final class LedgerChild {

    private LedgerChild() {
    }

    /** Everything the engine does with a ledger before the R-rules; any finding makes the figure void. */
    static void engine(Path work, Path input, int year) throws Exception {
        try (ConfigurableApplicationContext spring = BenchChild.spring(work)) {
            StagedData staged = spring.getBean(StagedData.class);
            InputReader reader = spring.getBean(InputReader.class);
            LedgerBuilder builder = spring.getBean(LedgerBuilder.class);
            List<Rule> kRules = spring.getBeanProvider(Rule.class).orderedStream()
                    .filter(r -> r.id().startsWith("K")).toList();
            long run = 1;
            long t0 = System.nanoTime();
            StagingWriter out = staged.newRun(run);
            var rows = reader.read(input, year, out);
            out.flush();
            long t1 = System.nanoTime();
            LedgerBuilder.Built built = builder.build(run);
            long t2 = System.nanoTime();
            StagingWriter findings = staged.append(run, out.findingCount());
            ValidationRun v = new ValidationRun(run, year);
            for (Rule rule : kRules) {
                rule.check(v, findings);
            }
            findings.flush();
            long t3 = System.nanoTime();
            if (findings.findingCount() > 0) {
                throw new IllegalStateException(findings.findingCount() + " findings for " + input + ": "
                        + staged.findings(run).stream().limit(5).toList());
            }
            int konti = rows.entrySet().stream().filter(e -> e.getKey().name().equals("KONTI"))
                    .mapToInt(e -> e.getValue()).sum();
            BenchChild.result("rows", konti);
            BenchChild.result("accounts", built.accounts());
            BenchChild.result("matched", built.matched());
            BenchChild.result("seconds", (t3 - t0) / 1e9);
            BenchChild.result("read.seconds", (t1 - t0) / 1e9);
            BenchChild.result("build.seconds", (t2 - t1) / 1e9);
            BenchChild.result("rules.seconds", (t3 - t2) / 1e9);
        }
    }

    /** Every file of the folder through the bare reader, every cell touched, nothing kept. */
    static void bare(Path input) throws Exception {
        long t0 = System.nanoTime();
        long[] count = new long[2];
        List<Path> files;
        try (Stream<Path> s = Files.list(input)) {
            files = s.sorted().toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.endsWith(".csv")) {
                csv(f, name.equals("konti.csv"), count);
            } else if (name.endsWith(".xlsx")) {
                xlsx(f, count);
            }
        }
        BenchChild.result("rows", count[0]);
        BenchChild.result("cells", count[1]);
        BenchChild.result("seconds", (System.nanoTime() - t0) / 1e9);
    }

    private static void csv(Path file, boolean konti, long[] count) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVReader csv = new CSVReaderBuilder(in).withCSVParser(new RFC4180ParserBuilder().withSeparator(';')
                     .build()).withSkipLines(1).build()) {
            for (String[] r; (r = csv.readNext()) != null; ) {
                if (konti) {
                    count[0]++;
                }
                count[1] += r.length;
            }
        }
    }

    private static void xlsx(Path file, long[] count) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            var styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    boolean konti = sheets.getSheetName().equals("Konti");
                    XSSFSheetXMLHandler.SheetContentsHandler handler = new XSSFSheetXMLHandler.SheetContentsHandler() {
                        @Override
                        public void startRow(int rowNum) {
                            if (konti && rowNum > 0) {
                                count[0]++;
                            }
                        }

                        @Override
                        public void endRow(int rowNum) {
                        }

                        @Override
                        public void cell(String ref, String value, XSSFComment comment) {
                            count[1]++;
                        }
                    };
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, handler, new DataFormatter(),
                            false));
                    xml.parse(new InputSource(in));
                }
            }
        }
    }
}
