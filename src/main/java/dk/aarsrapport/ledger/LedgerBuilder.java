package dk.aarsrapport.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.DanishNumbers;
import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.Konto;
import dk.aarsrapport.stage.KontoplanRaekke;
import dk.aarsrapport.stage.LedgerAccount;
import dk.aarsrapport.stage.LedgerAccountWriter;
import dk.aarsrapport.stage.LedgerData;
import dk.aarsrapport.stage.LedgerFacts;
import dk.aarsrapport.stage.Origin;
import dk.aarsrapport.stage.RegnskabLinje;
import dk.aarsrapport.stage.StagedData;

/**
 * Builds the accounts table from the ledger: adds up each account's rows, finds its Kontoplan row, and sums
 * the kroner per line. Lines are rounded to the Beløbsenhed half away from zero only at the end, and each
 * line's Afvigelse and each politikområde's I alt come from the unrounded kroner, so the printed table passes
 * R1–R3. Without a typed Regnskab the built lines are staged as the run's Regnskab; beside one, they are only
 * kept for K4 to compare. It judges nothing: the K-rules (validate) read what it staged.
 */
@Component
public class LedgerBuilder {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final LedgerData ledger;
    private final StagedData staged;

    LedgerBuilder(LedgerData ledger, StagedData staged) {
        this.ledger = ledger;
        this.staged = staged;
    }

    /** What was built: accounts, of them matched, and lines (I alt rows not counted). */
    public record Built(int accounts, int matched, int lines) {
    }

    public Built build(long run) {
        ledger.clearBuilt(run);
        if (!ledger.hasKonti(run)) {
            return new Built(0, 0, 0);
        }
        Map<String, String> rapport = staged.rapport(run);
        BigDecimal kontoUnit = DanishNumbers.kronerPerUnit(rapport.get(Texts.key("Kontobeløbsenhed")), BigDecimal.ONE);
        BigDecimal reportUnit = DanishNumbers.kronerPerUnit(rapport.get(Texts.key("Beløbsenhed")), THOUSAND);
        List<KontoplanRaekke> plan = ledger.kontoplan(run);
        PlanIndex index = PlanIndex.of(plan);
        Map<String, LineSum> lines = new LinkedHashMap<>();
        for (KontoplanRaekke r : plan) {
            lines.putIfAbsent(lineKey(r.politikomraade(), r.linje()), new LineSum(r));
        }
        Accumulator acc = new Accumulator(index, kontoUnit, lines, ledger.accountWriter(run));
        ledger.forEachKontoByKey(run, acc::add);
        acc.finish();
        ledger.remember(run, acc.facts());

        Set<String> known = new HashSet<>();
        staged.politikomraader(run).forEach(p -> known.add(Texts.key(p.navn())));
        List<RegnskabLinje> built = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        List<RegnskabLinje> table = new ArrayList<>();
        Map<String, List<LineSum>> byArea = new LinkedHashMap<>();
        lines.values().stream().filter(l -> l.accounts > 0)
                .forEach(l -> byArea.computeIfAbsent(Texts.key(l.first.politikomraade()), k -> new ArrayList<>()).add(l));
        int lineCount = 0;
        for (Map.Entry<String, List<LineSum>> area : byArea.entrySet()) {
            LineSum total = new LineSum(area.getValue().get(0).first);
            for (LineSum l : area.getValue()) {
                built.add(l.line(l.first.linje(), reportUnit));
                counts.add(l.accounts);
                total.addAll(l);
                lineCount++;
            }
            built.add(total.line(RegnskabLinje.I_ALT, reportUnit));
            counts.add(total.accounts);
            if (known.contains(area.getKey())) {
                table.addAll(built.subList(built.size() - area.getValue().size() - 1, built.size()));
            }
        }
        ledger.writeLines(run, built, counts);
        if (!ledger.hasTypedRegnskab(run)) {
            ledger.stageAsRegnskab(run, table);
        }
        return new Built(acc.seq, acc.matched, lineCount);
    }

    private static String lineKey(String area, String linje) {
        return Texts.key(area) + "\u0000" + Texts.key(linje);
    }

    /** A line's kroner, unrounded; amounts stay null while no account has one in that column. */
    private static final class LineSum {
        final KontoplanRaekke first;
        final BigDecimal[] kroner = new BigDecimal[4];
        int accounts;

        LineSum(KontoplanRaekke first) {
            this.first = first;
        }

        void add(BigDecimal[] amounts) {
            accounts++;
            for (int i = 0; i < 4; i++) {
                kroner[i] = sum(kroner[i], amounts[i]);
            }
        }

        void addAll(LineSum other) {
            accounts += other.accounts;
            for (int i = 0; i < 4; i++) {
                kroner[i] = sum(kroner[i], other.kroner[i]);
            }
        }

        RegnskabLinje line(String name, BigDecimal unit) {
            BigDecimal afvigelse = kroner[3] == null && kroner[2] == null ? null
                    : round(orZero(kroner[3]).subtract(orZero(kroner[2])), unit);
            Origin o = first.origin();
            return new RegnskabLinje(first.politikomraade(), name, round(kroner[0], unit), round(kroner[1], unit),
                    round(kroner[2], unit), round(kroner[3], unit), afvigelse, o);
        }
    }

    /** Half away from zero, to whole units of the Beløbsenhed. */
    static BigDecimal round(BigDecimal kroner, BigDecimal unit) {
        return kroner == null ? null : kroner.divide(unit, 0, RoundingMode.HALF_UP);
    }

    private static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    static BigDecimal sum(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    /** Adds up the rows of one account as they come (in account order), then places the account. */
    private static final class Accumulator {
        private final PlanIndex index;
        private final BigDecimal kontoUnit;
        private final Map<String, LineSum> lines;
        private final LedgerAccountWriter out;
        private Konto first;
        private String key;
        private BigDecimal[] amounts;
        private String kontonavn;
        private int rows;
        private int lastRow;
        int seq;
        int matched;
        // what the K-rules ask, learnt on the way (LedgerFacts)
        private final BigDecimal[] kontiSums = new BigDecimal[4];
        private final BigDecimal[] unmatchedKroner = new BigDecimal[4];
        private final Map<Integer, Integer> perPlanRow = new HashMap<>();
        private final Map<Long, LedgerData.Rivalry> rivalries = new LinkedHashMap<>();
        private int repeated;

        Accumulator(PlanIndex index, BigDecimal kontoUnit, Map<String, LineSum> lines, LedgerAccountWriter out) {
            this.index = index;
            this.kontoUnit = kontoUnit;
            this.lines = lines;
            this.out = out;
        }

        void add(Konto k) {
            if (first != null && !k.key().equals(key)) {
                place();
            }
            if (first == null) {
                first = k;
                key = k.key();
                amounts = new BigDecimal[4];
                kontonavn = null;
                rows = 0;
            }
            rows++;
            lastRow = k.origin().row();
            if (kontonavn == null) {
                kontonavn = k.kontonavn();
            }
            BigDecimal[] a = k.amounts();
            for (int i = 0; i < 4; i++) {
                amounts[i] = sum(amounts[i], a[i] == null ? null : a[i].multiply(kontoUnit));
                kontiSums[i] = sum(kontiSums[i], a[i]);
            }
        }

        LedgerFacts facts() {
            return new LedgerFacts(new LedgerData.Unmatched(seq - matched, unmatchedKroner), perPlanRow,
                    List.copyOf(rivalries.values()), repeated, kontiSums);
        }

        void finish() {
            if (first != null) {
                place();
            }
            out.close();
        }

        private void place() {
            Optional<PlanIndex.Match> m = index.match(first);
            seq++;
            KontoplanRaekke row = m.map(x -> x.row().source()).orElse(null);
            KontoplanRaekke rival = m.map(PlanIndex.Match::rival).map(PlanIndex.Row::source).orElse(null);
            LedgerAccount account = new LedgerAccount(seq, first.funktion(), first.dranst(), first.art(), first.sted(),
                    kontonavn, rows, lastRow, amounts[0], amounts[1], amounts[2], amounts[3],
                    row == null ? null : row.seq(), rival == null ? null : rival.seq(),
                    row == null ? null : row.politikomraade(), row == null ? null : row.linje(), first.origin());
            out.add(account);
            if (rows > 1) {
                repeated++;
            }
            if (row != null) {
                matched++;
                lines.get(lineKey(row.politikomraade(), row.linje())).add(amounts);
                perPlanRow.merge(row.seq(), 1, Integer::sum);
            } else {
                for (int i = 0; i < 4; i++) {
                    unmatchedKroner[i] = sum(unmatchedKroner[i], amounts[i]);
                }
            }
            if (row != null && rival != null) {
                rivalries.merge((long) row.seq() << 32 | rival.seq(), new LedgerData.Rivalry(row.seq(), rival.seq(), 1,
                        account), (was, one) -> new LedgerData.Rivalry(was.planSeq(), was.rivalSeq(),
                        was.accounts() + 1, was.first()));
            }
            first = null;
        }
    }
}
