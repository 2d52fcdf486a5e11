package dk.aarsrapport.validate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.DanishFormat;
import dk.aarsrapport.stage.LedgerAccount;
import dk.aarsrapport.stage.LedgerData;
import dk.aarsrapport.stage.RegnskabLinje;
import dk.aarsrapport.stage.StagedData;

/**
 * sporbarhed.csv: every line the ledger builds, with every account behind it, so that an auditor can follow
 * each printed figure to the ERP's rows and see that every krone landed once. Politikområder in Nr order,
 * lines in table order, accounts in account order; the accounts no line takes come last, so the file sums
 * to the whole ledger. The format of validering.csv: ';', UTF-8 with BOM, Danish numbers, formula-like text
 * neutralised ({@link ValidationReportWriter#cell}).
 */
@Component
public class TraceReportWriter {

    public static final String CSV = "sporbarhed.csv";
    /** The Linje of the accounts that no Kontoplan row takes. */
    static final String NO_LINE = "(ingen linje i Kontoplan)";

    private final LedgerData ledger;
    private final StagedData staged;

    TraceReportWriter(LedgerData ledger, StagedData staged) {
        this.ledger = ledger;
        this.staged = staged;
    }

    /** Writes the file when the run has a ledger; returns whether it did. */
    public boolean write(long run, int year, Path csv) throws IOException {
        if (!ledger.hasKonti(run)) {
            return false;
        }
        Map<String, List<RegnskabLinje>> byArea = new LinkedHashMap<>();
        staged.politikomraader(run).forEach(p -> byArea.put(Texts.key(p.navn()), new ArrayList<>()));
        for (RegnskabLinje l : ledger.builtLines(run)) {
            if (!l.isTotal()) {
                byArea.computeIfAbsent(Texts.key(l.politikomraade()), k -> new ArrayList<>()).add(l);
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            List<String> header = new ArrayList<>(List.of("Politikområde", "Linje", "Funktion", "Dranst", "Art", "Sted",
                    "Kontonavn", "Fil", "Ark", "Række"));
            header.addAll(LedgerAmounts.headers(year));
            w.write(String.join(";", header));
            w.write("\r\n");
            for (Map.Entry<String, List<RegnskabLinje>> area : byArea.entrySet()) {
                for (RegnskabLinje line : area.getValue()) {
                    ledger.forEachAccountOf(run, area.getKey(), line.linje(), a -> row(w, line.politikomraade(),
                            line.linje(), a));
                }
            }
            ledger.forEachUnmatched(run, a -> row(w, null, NO_LINE, a));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return true;
    }

    private static void row(BufferedWriter w, String area, String linje, LedgerAccount a) {
        List<String> cells = new ArrayList<>(List.of(cell(area), cell(linje), cell(a.funktion()),
                a.dranst() == null ? "" : a.dranst().toString(), cell(a.art()), cell(a.sted()), cell(a.kontonavn()),
                cell(a.origin().file()), cell(a.origin().csv() ? null : a.origin().sheet()),
                Integer.toString(a.origin().row())));
        for (BigDecimal amount : a.amounts()) {
            cells.add(DanishFormat.amount(amount));
        }
        try {
            w.write(String.join(";", cells));
            w.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(String value) {
        return ValidationReportWriter.cell(value);
    }
}
