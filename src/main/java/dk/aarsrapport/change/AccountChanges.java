package dk.aarsrapport.change;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.DanishFormat;
import dk.aarsrapport.stage.LedgerAccount;
import dk.aarsrapport.stage.LedgerData;

/**
 * Which account changed which line, where both runs built the politikområde from a ledger: an account new
 * in a line, gone from it, moved to another line, or with another amount (in kroner, old → new). At most
 * {@link #MAX} per politikområde are named, then how many more: a re-export can touch thousands of accounts,
 * and the morning's reader wants the lines' story, which the lines' own changes tell above these.
 */
@Component
class AccountChanges {

    static final int MAX = 20;

    private final LedgerData ledger;

    AccountChanges(LedgerData ledger) {
        this.ledger = ledger;
    }

    List<ChangeReport.Change> of(long previous, long current, String area, int year) {
        String key = Texts.key(area);
        Map<String, LedgerAccount> before = ledger.accountsOf(previous, key);
        Map<String, LedgerAccount> after = ledger.accountsOf(current, key);
        List<String> what = new ArrayList<>();
        if (before.isEmpty() || after.isEmpty()) {
            return List.of(); // a table typed one year and built the next: its lines' changes say it all
        }
        String[] columns = {"Regnskab " + (year - 1), "Budget " + year, "Korr. budget " + year, "Regnskab " + year};
        for (Map.Entry<String, LedgerAccount> e : after.entrySet()) {
            LedgerAccount now = e.getValue();
            LedgerAccount was = before.remove(e.getKey());
            if (was == null) {
                what.add("kontoen " + now.label() + " er ny i linjen \"" + now.linje() + "\"");
                continue;
            }
            if (!Texts.key(was.linje()).equals(Texts.key(now.linje()))) {
                what.add("kontoen " + now.label() + " er flyttet fra linjen \"" + was.linje() + "\" til \""
                        + now.linje() + "\"");
            }
            BigDecimal[] a = was.amounts();
            BigDecimal[] b = now.amounts();
            for (int i = 0; i < a.length; i++) {
                if (!sameAmount(a[i], b[i])) {
                    what.add("kontoen " + now.label() + " (linjen \"" + now.linje() + "\"), " + columns[i] + ": "
                            + DanishFormat.amount(a[i]) + " → " + DanishFormat.amount(b[i]) + " kr.");
                }
            }
        }
        before.values().forEach(was -> what.add("kontoen " + was.label() + " er fjernet fra linjen \""
                + was.linje() + "\""));
        List<ChangeReport.Change> out = new ArrayList<>();
        what.stream().limit(MAX).forEach(w -> out.add(new ChangeReport.Change(area, w)));
        if (what.size() > MAX) {
            out.add(new ChangeReport.Change(area, "… og " + (what.size() - MAX) + " ændringer mere i kontiene; "
                    + "se sporbarhed.csv"));
        }
        return out;
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
    }
}
