package dk.aarsrapport.validate;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.FindingSink;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.Origin;
import dk.aarsrapport.stage.StagedData;

/**
 * S1: the same record given twice — in one sheet or in two files — is an error, because the report
 * would otherwise print it twice or pick one silently: a duplicate Nr, politikområde, accounts line or
 * effektmål.
 */
@Component
class S1DuplicateRule implements Rule {

    private final StagedData staged;
    private final AccountsByPolitikomraade accountsByArea;

    S1DuplicateRule(StagedData staged, AccountsByPolitikomraade accountsByArea) {
        this.staged = staged;
        this.accountsByArea = accountsByArea;
    }

    @Override
    public String id() {
        return "S1";
    }

    @Override
    public void check(ValidationRun validationRun, FindingSink findings) {
        long run = validationRun.id();
        Map<Integer, Origin> nrs = new HashMap<>();
        Map<String, Origin> names = new HashMap<>();
        staged.politikomraader(run).forEach(p -> {
            Origin first = nrs.putIfAbsent(p.nr(), p.origin());
            if (first != null) {
                findings.add(Finding.fejl("S1", p.navn(), p.origin().file(), p.origin().sheet(),
                        staged.cell(run, p.origin(), "nr"), String.valueOf(p.nr()), "et Nr, der ikke er brugt før",
                        "Nr " + p.nr() + " er brugt to gange (også i " + where(run, first, "nr") + ")."));
            }
            Origin firstName = names.putIfAbsent(Texts.key(p.navn()), p.origin());
            if (firstName != null) {
                findings.add(Finding.fejl("S1", p.navn(), p.origin().file(), p.origin().sheet(),
                        staged.cell(run, p.origin(), "politikomraade"), p.navn(), "et navn, der ikke er brugt før",
                        "Politikområdet \"" + p.navn() + "\" står to gange (også i "
                                + where(run, firstName, "politikomraade") + ")."));
            }
        });
        // per politikområde (the key starts with it), so only one politikområde's lines are held at a time
        accountsByArea.forEachLines(run, (area, lines) ->
            duplicates(run, findings, lines, l -> Texts.key(l.politikomraade()) + "\u0000" + Texts.key(l.linje()),
                l -> l.origin(), l -> l.politikomraade(), "linje",
                    l -> "Linjen \"" + l.linje() + "\" står to gange under " + l.politikomraade()));
        duplicates(run, findings, staged.effektmaal(run), e -> Texts.key(e.politikomraade()) + "\u0000" + Texts.key(e.maal()),
                e -> e.origin(), e -> e.politikomraade(), "maal",
                e -> "Effektmålet \"" + e.maal() + "\" står to gange under " + e.politikomraade());
        duplicates(run, findings, staged.maalinger(run), m -> String.join("\u0000", Texts.key(m.politikomraade()),
                        Texts.key(m.maal()), Texts.key(m.indikator()), Texts.key(m.serie()), String.valueOf(m.aar()),
                        Texts.key(m.periode())),
                m -> m.origin(), m -> m.politikomraade(), "aar",
                m -> "Målingen af \"" + m.indikator() + "\" for " + m.aar()
                        + (m.periode() == null ? "" : " " + m.periode())
                        + (m.serie() == null ? "" : " (" + m.serie() + ")") + " står to gange");
    }

    private <T> void duplicates(long run, FindingSink findings, Iterable<T> rows, Function<T, String> key,
                                Function<T, Origin> origin, Function<T, String> area, String field,
                                Function<T, String> what) {
        Map<String, Origin> seen = new HashMap<>();
        for (T row : rows) {
            Origin first = seen.putIfAbsent(key.apply(row), origin.apply(row));
            if (first != null) {
                Origin o = origin.apply(row);
                findings.add(Finding.fejl("S1", area.apply(row), o.file(), o.sheet(), staged.cell(run, o, field),
                        null, "én forekomst", what.apply(row) + " (også i " + where(run, first, field) + ")."));
            }
        }
    }

    private String where(long run, Origin o, String field) {
        return o.file() + " " + staged.cell(run, o, field);
    }
}
