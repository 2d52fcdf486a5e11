package dk.aarsrapport.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.FindingSink;
import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.Accounts;
import dk.aarsrapport.stage.DanishFormat;
import dk.aarsrapport.stage.LedgerData;
import dk.aarsrapport.stage.RegnskabLinje;

/**
 * K4: beside the ledger, the typed Regnskab must say what the ledger says. For each politikområde the
 * Kontoplan names: each typed line equals its built line in every amount column (±1), the I alt row within
 * ±⌈n/2⌉, no typed line without accounts and no built line with money that the typed table lacks. Every
 * difference is a FEJL on the typed cell, blocking the politikområde.
 */
@Component
@Order(4)
class K4TypedLinesRule implements Rule {

    private static final String[] FIELDS = {"regnskab_forrige", "budget", "korr_budget", "regnskab", "afvigelse"};

    private final LedgerData ledger;

    K4TypedLinesRule(LedgerData ledger) {
        this.ledger = ledger;
    }

    @Override
    public String id() {
        return "K4";
    }

    @Override
    public void check(ValidationRun run, FindingSink findings) {
        if (!ledger.hasTypedRegnskab(run.id())) {
            return; // the built table is the Regnskab: nothing typed to compare
        }
        Map<String, List<RegnskabLinje>> built = byArea(ledger.builtLines(run.id()));
        Map<String, List<RegnskabLinje>> typed = byArea(ledger.typedLines(run.id()));
        LedgerCells cells = new LedgerCells(ledger, run.id());
        for (Map.Entry<String, List<RegnskabLinje>> area : built.entrySet()) {
            Map<String, RegnskabLinje> typedByName = new LinkedHashMap<>();
            typed.getOrDefault(area.getKey(), List.of()).forEach(l -> typedByName.putIfAbsent(Texts.key(l.linje()), l));
            Set<String> builtNames = new HashSet<>();
            int n = (int) area.getValue().stream().filter(l -> !l.isTotal()).count();
            for (RegnskabLinje b : area.getValue()) {
                builtNames.add(Texts.key(b.linje()));
                RegnskabLinje t = typedByName.get(Texts.key(b.linje()));
                if (t == null) {
                    if (!b.isTotal() && nonZero(b)) {
                        findings.add(Finding.fejl(id(), b.politikomraade(), b.origin().file(), b.origin().sheet(),
                                cells.of(b.origin(), "linje"), b.linje(), "linjen i Regnskab", "Linjen \"" + b.linje()
                                        + "\" har beløb i Konti (Regnskab " + run.year() + " " + DanishFormat.amount(
                                        b.regnskab()) + "), men står ikke i arket Regnskab."));
                    }
                    continue;
                }
                BigDecimal tolerance = b.isTotal() ? BigDecimal.valueOf((n + 1) / 2) : BigDecimal.ONE;
                BigDecimal[] want = {b.regnskabForrige(), b.budget(), b.korrBudget(), b.regnskab(), b.afvigelse()};
                BigDecimal[] have = {t.regnskabForrige(), t.budget(), t.korrBudget(), t.regnskab(), Accounts.afvigelse(t)};
                List<String> headers = new ArrayList<>(LedgerAmounts.headers(run.year()));
                headers.add("Afvigelse");
                for (int i = 0; i < FIELDS.length; i++) {
                    if (want[i] == null || have[i] == null) {
                        continue;
                    }
                    BigDecimal diff = have[i].subtract(want[i]);
                    if (diff.abs().compareTo(tolerance) > 0) {
                        findings.add(Finding.fejl(id(), t.politikomraade(), t.origin().file(), t.origin().sheet(),
                                cells.of(t.origin(), FIELDS[i]), DanishFormat.amount(have[i]),
                                DanishFormat.amount(want[i]), headers.get(i) + " for \"" + t.linje() + "\" er "
                                        + DanishFormat.amount(have[i]) + ", men kontiene giver "
                                        + DanishFormat.amount(want[i]) + " (forskel " + DanishFormat.amount(diff)
                                        + "); ret Regnskab eller Kontoplan."));
                    }
                }
            }
            for (RegnskabLinje t : typedByName.values()) {
                if (!builtNames.contains(Texts.key(t.linje()))) {
                    findings.add(Finding.fejl(id(), t.politikomraade(), t.origin().file(), t.origin().sheet(),
                            cells.of(t.origin(), "linje"), t.linje(), "en linje i Kontoplan med konti",
                            "Linjen \"" + t.linje() + "\" står i Regnskab, men ingen konto i Konti hører til den; "
                                    + "tilføj den i Kontoplan eller ret linjens navn."));
                }
            }
        }
    }

    private static boolean nonZero(RegnskabLinje l) {
        for (BigDecimal a : l.amounts()) {
            if (a != null && a.signum() != 0) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, List<RegnskabLinje>> byArea(List<RegnskabLinje> lines) {
        Map<String, List<RegnskabLinje>> out = new LinkedHashMap<>();
        lines.forEach(l -> out.computeIfAbsent(Texts.key(l.politikomraade()), k -> new ArrayList<>()).add(l));
        return out;
    }
}
