package dk.aarsrapport.ledger;

import dk.aarsrapport.stage.LedgerStaging;

/** Builds the accounts table from a test's staged ledger with the real builder, for tests outside this package. */
public final class TestLedger {

    private TestLedger() {
    }

    public static LedgerBuilder.Built build(LedgerStaging s) {
        return new LedgerBuilder(s.ledger, s.staged).build(s.run);
    }

    /** Builds one run's ledger, for a test that stages more than one run (the year and the year before). */
    public static LedgerBuilder.Built build(dk.aarsrapport.stage.LedgerData ledger,
                                            dk.aarsrapport.stage.StagedData staged, long run) {
        return new LedgerBuilder(ledger, staged).build(run);
    }
}
