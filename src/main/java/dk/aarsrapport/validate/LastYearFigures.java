package dk.aarsrapport.validate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.DanishNumbers;
import dk.aarsrapport.base.PreviousYear;
import dk.aarsrapport.base.SheetKind;
import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.RegnskabLinje;
import dk.aarsrapport.stage.StagedData;

/**
 * R8's comparison: each line's {@code Regnskab Y-1} beside {@code Regnskab Y-1} as the previous year's input
 * published it (staged under {@link StagedData#previousYearRun}), lines matched by politikområde and name as
 * {@link Texts#key} compares them. The I alt rows are not compared: each year's R2 holds them to their lines,
 * and a typed total may differ from a built one by the rounding of its n lines. Two Beløbsenheder are compared
 * in kroner, within one unit of the coarser. One politikområde's lines are in memory at a time.
 */
@Component
class LastYearFigures {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    /** The most line names one note lists; a new chart of lines would otherwise fill the report. */
    private static final int NAMES = 40;

    private final StagedData staged;
    private final AccountsByPolitikomraade accounts;

    LastYearFigures(StagedData staged, AccountsByPolitikomraade accounts) {
        this.staged = staged;
        this.accounts = accounts;
    }

    /**
     * A line whose figure differs: this year's, last year's as published ({@code then}, in that year's unit) and
     * in this year's unit, the difference in this year's unit, and the cell of this year's figure.
     */
    record Difference(RegnskabLinje line, BigDecimal now, BigDecimal then, BigDecimal published, BigDecimal diff,
                      String cell, boolean built, Units units) {
    }

    /** What was compared: the units, how many lines, and what could not be (new or renamed). */
    record Outcome(Units units, int compared, boolean previousHasLines, List<String> newAreas,
                   Map<String, List<String>> newLines) {
    }

    /** Each year's Beløbsenhed as Rapport states it, and in kroner. */
    record Units(String now, BigDecimal nowKroner, String before, BigDecimal beforeKroner) {
        boolean differ() {
            return nowKroner.compareTo(beforeKroner) != 0;
        }
    }

    /** Compares, when the previous year was read; each difference beyond the tolerance goes to {@code found}. */
    Outcome compare(ValidationRun run, Consumer<Difference> found) {
        long before = StagedData.previousYearRun(run.id());
        Units units = new Units(unit(run.id()), kroner(run.id()), unit(before), kroner(before));
        Set<String> areasBefore = new HashSet<>(staged.regnskabAreaKeys(before));
        List<String> newAreas = new ArrayList<>();
        Map<String, List<String>> newLines = new LinkedHashMap<>();
        int[] compared = {0};
        if (run.previous().state() != PreviousYear.State.READ || areasBefore.isEmpty()) {
            return new Outcome(units, 0, !areasBefore.isEmpty(), newAreas, newLines);
        }
        BigDecimal tolerance = units.nowKroner().max(units.beforeKroner());
        accounts.forEachLines(run.id(), (area, lines) -> {
            String name = lines.get(0).politikomraade();
            if (!areasBefore.contains(area)) {
                newAreas.add(name);
                return;
            }
            Map<String, RegnskabLinje> published = new LinkedHashMap<>();
            staged.regnskabByKey(before, area).forEach(l -> published.putIfAbsent(Texts.key(l.linje()), l));
            for (RegnskabLinje l : lines) {
                if (l.isTotal()) {
                    continue;
                }
                RegnskabLinje then = published.get(Texts.key(l.linje()));
                if (then == null) {
                    newLines.computeIfAbsent(name, k -> new ArrayList<>()).add(l.linje());
                    continue;
                }
                if (l.regnskabForrige() == null || then.regnskab() == null) {
                    continue; // an amount that could not be read is S1's to report, in its own year
                }
                compared[0]++;
                BigDecimal diffKroner = l.regnskabForrige().multiply(units.nowKroner())
                        .subtract(then.regnskab().multiply(units.beforeKroner()));
                if (diffKroner.abs().compareTo(tolerance) > 0) {
                    found.accept(difference(run, l, then, units, diffKroner));
                }
            }
        });
        return new Outcome(units, compared[0], true, newAreas, newLines);
    }

    private Difference difference(ValidationRun run, RegnskabLinje l, RegnskabLinje then, Units units,
                                  BigDecimal diffKroner) {
        BigDecimal published = inUnit(then.regnskab().multiply(units.beforeKroner()), units.nowKroner());
        boolean built = SheetKind.of(l.origin().sheet()).filter(k -> k == SheetKind.KONTOPLAN).isPresent();
        String cell = staged.cell(run.id(), l.origin(), built ? "linje" : "regnskab_forrige");
        return new Difference(l, l.regnskabForrige(), then.regnskab(), published,
                inUnit(diffKroner.abs(), units.nowKroner()), cell, built, units);
    }

    /** The report's words on R8, said once: what was compared with what, and each thing that was not. */
    List<String> notes(ValidationRun run) {
        int last = run.year() - 1;
        String not = "Regnskab " + last + " er ikke sammenlignet med årsberetningen for " + last + " (R8): ";
        PreviousYear p = run.previous();
        switch (p.state()) {
            case NOT_FOUND:
                return List.of(not + (p.folder() == null ? "der er ingen mappe ved siden af årets inputmappe."
                        : "forrige års input blev ikke fundet (" + p.folder() + ")."));
            case UNREADABLE:
                return List.of(not + p.folder() + " kan ikke læses (se advarslen R8).");
            default:
                break;
        }
        Outcome o = compare(run, d -> { });
        if (staged.regnskabAreaKeys(run.id()).isEmpty()) {
            return List.of(not + "årets input har ingen linjer i Regnskab.");
        }
        if (!o.previousHasLines()) {
            return List.of(not + p.folder() + " har ingen linjer i Regnskab.");
        }
        List<String> notes = new ArrayList<>();
        String units = o.units().differ() ? " Beløbsenhederne er forskellige (" + last + ": " + o.units().before()
                + ", " + run.year() + ": " + o.units().now() + "), så beløbene er sammenlignet i kroner, med en "
                + "tolerance på 1 " + (o.units().nowKroner().compareTo(o.units().beforeKroner()) >= 0
                ? o.units().now() : o.units().before()) + "." : "";
        notes.add("Regnskab " + last + " er sammenlignet med årsberetningen for " + last + " fra " + p.folder()
                + " (R8): " + o.compared() + (o.compared() == 1 ? " linje" : " linjer") + ", efter politikområde og "
                + "linjens navn; I alt følger af linjerne." + units);
        for (String area : o.newAreas()) {
            notes.add("Ikke sammenlignet (nyt eller omdøbt politikområde): " + area + ", ingen af dets linjer.");
        }
        o.newLines().forEach((area, lines) -> {
            List<String> shown = lines.stream().limit(NAMES).map(l -> "\"" + l + "\"").toList();
            notes.add("Ikke sammenlignet (nye eller omdøbte linjer) under " + area + ": " + String.join(", ", shown)
                    + (lines.size() > NAMES ? " og " + (lines.size() - NAMES) + " flere" : "") + ".");
        });
        return notes;
    }

    private String unit(long run) {
        String u = staged.rapport(run).get(Texts.key("Beløbsenhed"));
        return u == null || u.isBlank() ? "1.000 kr." : Texts.clean(u);
    }

    private BigDecimal kroner(long run) {
        return DanishNumbers.kronerPerUnit(staged.rapport(run).get(Texts.key("Beløbsenhed")), THOUSAND);
    }

    private static BigDecimal inUnit(BigDecimal kroner, BigDecimal unit) {
        return kroner.divide(unit, 2, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
