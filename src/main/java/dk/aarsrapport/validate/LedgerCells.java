package dk.aarsrapport.validate;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

import dk.aarsrapport.stage.LedgerData;
import dk.aarsrapport.stage.Origin;

/** Cell references for the ledger's findings, with each sheet's columns looked up once per rule run. */
final class LedgerCells {

    private final LedgerData ledger;
    private final long run;
    private final Map<String, IntFunction<String>> cache = new HashMap<>();

    LedgerCells(LedgerData ledger, long run) {
        this.ledger = ledger;
        this.run = run;
    }

    String of(Origin o, String field) {
        return cache.computeIfAbsent(o.file() + "\u0000" + o.sheet() + "\u0000" + field,
                k -> ledger.cells(run, o.file(), o.sheet(), o.csv(), field)).apply(o.row());
    }
}
