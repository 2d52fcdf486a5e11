package dk.aarsrapport.stage;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the ledger step learnt about a run's accounts while it placed them: the K-rules' questions (which
 * accounts no row matches, how many per Kontoplan row, which rows rival, whether any account repeats, the
 * Konti sums), answered in that one pass instead of one scan of a million staged rows per rule. Held in
 * memory for the run last built and forgotten when it is rebuilt; a step in another process (a restarted
 * job) finds none and asks the database, so the answers are the same either way.
 *
 * @param unmatched  the accounts no Kontoplan row matches, and their kroner
 * @param perPlanRow per Kontoplan row (its seq), how many accounts belong to it
 * @param rivalries  pairs of equally specific rows, in the order of their first account
 * @param repeated   how many accounts are given on several rows
 * @param kontiSums  the sums of every Konti row, in the Kontobeløbsenhed
 */
public record LedgerFacts(LedgerData.Unmatched unmatched, Map<Integer, Integer> perPlanRow,
                          List<LedgerData.Rivalry> rivalries, int repeated, BigDecimal[] kontiSums) {

    /** The facts of one run, if they are known in this process. */
    static final class Memo {
        private long run = -1;
        private LedgerFacts facts;

        synchronized void put(long run, LedgerFacts facts) {
            this.run = run;
            this.facts = facts;
        }

        synchronized LedgerFacts get(long run) {
            return this.run == run ? facts : null;
        }

        synchronized void forget(long run) {
            if (this.run == run) {
                facts = null;
            }
        }
    }
}
