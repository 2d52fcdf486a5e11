package dk.aarsrapport.change;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.DanishFormat;
import dk.aarsrapport.stage.Effektmaal;
import dk.aarsrapport.stage.MaalRammer;
import dk.aarsrapport.stage.Maalopfoelgning;
import dk.aarsrapport.stage.Politikomraade;
import dk.aarsrapport.stage.RegnskabLinje;
import dk.aarsrapport.stage.StagedData;
import dk.aarsrapport.stage.Tekst;

/**
 * What changed since the last successful run of the year, as a manager reads it in the morning:
 * per politikområde the accounts lines whose amounts changed (old → new), lines added or removed,
 * texts and effektmål changed, per goal framework of Målopfølgning the goals added, removed or changed
 * (status old → new, indsatser), and validation findings new or resolved. Written as aendringer.html
 * and summarised on the console.
 */
@Component
public class ChangeReport {

    public static final String FILE = "aendringer.html";

    private final StagedData staged;
    private final AccountChanges accountChanges;
    private final FindingChanges findingChanges;

    ChangeReport(StagedData staged, AccountChanges accountChanges, FindingChanges findingChanges) {
        this.staged = staged;
        this.accountChanges = accountChanges;
        this.findingChanges = findingChanges;
    }

    /** One change, in words. */
    public record Change(String politikomraade, String what) {
    }

    /** The changes between two runs' staged data; {@code previous} null means there is nothing to compare with. */
    public List<Change> changes(Long previous, long current, int year) {
        String[] columns = {"Regnskab " + (year - 1), "Budget " + year, "Korr. budget " + year, "Regnskab " + year,
            "Afvigelse"};
        List<Change> out = new ArrayList<>();
        if (previous == null || !staged.hasStagedData(previous)) {
            return out;
        }
        Map<String, Politikomraade> before = byKey(staged.politikomraader(previous));
        Map<String, Politikomraade> after = byKey(staged.politikomraader(current));
        for (var e : after.entrySet()) {
            if (!before.containsKey(e.getKey())) {
                out.add(new Change(e.getValue().navn(), "nyt politikområde"));
            }
        }
        for (var e : before.entrySet()) {
            if (!after.containsKey(e.getKey())) {
                out.add(new Change(e.getValue().navn(), "politikområdet er fjernet"));
            }
        }
        for (var e : after.entrySet()) {
            if (before.containsKey(e.getKey())) {
                String name = e.getValue().navn();
                accounts(name, staged.regnskab(previous, name), staged.regnskab(current, name), columns, out);
                out.addAll(accountChanges.of(previous, current, name, year)); // which account changed which line
                texts(name, staged.tekster(previous, name), staged.tekster(current, name), out);
                effektmaal(name, staged.effektmaal(previous, name), staged.effektmaal(current, name), out);
            }
        }
        rammer(staged.rammer(previous), staged.rammer(current), out);
        findingChanges.of(previous, current, out);
        return out;
    }

    /** Goal frameworks added or removed; per goal: added, removed, its texts, its status, its indsatser. */
    private static void rammer(List<MaalRammer.Ramme> before, List<MaalRammer.Ramme> after, List<Change> out) {
        Map<String, MaalRammer.Ramme> old = new LinkedHashMap<>();
        before.forEach(r -> old.putIfAbsent(r.key(), r));
        for (MaalRammer.Ramme r : after) {
            String unit = MaalRammer.unit(r.navn());
            MaalRammer.Ramme o = old.remove(r.key());
            if (o == null) {
                out.add(new Change(unit, "ny målopfølgning"));
                continue;
            }
            Map<String, MaalRammer.Maal> oldGoals = new LinkedHashMap<>();
            o.maal().forEach(m -> oldGoals.putIfAbsent(goalKey(m), m));
            for (MaalRammer.Maal m : r.maal()) {
                MaalRammer.Maal was = oldGoals.remove(goalKey(m));
                if (was == null) {
                    out.add(new Change(unit, "nyt " + goal(m)));
                    continue;
                }
                if (!Objects.equals(was.maalsaetning(), m.maalsaetning()) || !Objects.equals(was.maalgruppe(), m.maalgruppe())
                        || !Objects.equals(was.tema(), m.tema()) || !Objects.equals(was.politikomraade(), m.politikomraade())) {
                    out.add(new Change(unit, goal(m) + ": målsætning, målgruppe, tema eller politikområde er ændret"));
                }
                if (!was.status().equals(m.status())) {
                    out.add(new Change(unit, goal(m) + ": status " + was.status() + " → " + m.status()));
                }
                indsatser(unit, goal(m), was.indsatser(), m.indsatser(), out);
            }
            oldGoals.values().forEach(m -> out.add(new Change(unit, goal(m) + " er fjernet")));
        }
        old.values().forEach(r -> out.add(new Change(MaalRammer.unit(r.navn()), "målopfølgningen er fjernet")));
    }

    private static void indsatser(String unit, String goal, List<Maalopfoelgning> before, List<Maalopfoelgning> after,
                                  List<Change> out) {
        List<String> old = before.stream().map(ChangeReport::indsats).toList();
        List<String> now = after.stream().map(ChangeReport::indsats).toList();
        if (old.equals(now)) {
            return;
        }
        Set<String> oldNames = new LinkedHashSet<>(before.stream().map(ChangeReport::indsatsName).toList());
        Set<String> newNames = new LinkedHashSet<>(after.stream().map(ChangeReport::indsatsName).toList());
        if (oldNames.equals(newNames)) {
            out.add(new Change(unit, goal + ": indsatsernes beskrivelse, samarbejdspartnere eller status er ændret"));
            return;
        }
        newNames.stream().filter(n -> !oldNames.contains(n))
                .forEach(n -> out.add(new Change(unit, goal + ": ny indsats \"" + n + "\"")));
        oldNames.stream().filter(n -> !newNames.contains(n))
                .forEach(n -> out.add(new Change(unit, goal + ": indsatsen \"" + n + "\" er fjernet")));
    }

    private static String indsats(Maalopfoelgning r) {
        return String.join("\u0000", Objects.toString(r.indsats(), ""), Objects.toString(r.beskrivelse(), ""),
                Objects.toString(r.samarbejdspartnere(), ""), Objects.toString(r.status(), ""));
    }

    /** An indsats by its name, or (unnamed) by the start of its description. */
    private static String indsatsName(Maalopfoelgning r) {
        String name = r.indsats() != null ? r.indsats() : Objects.toString(r.beskrivelse(), "")
                .replaceAll("\\s+", " ").strip();
        return name.length() > 60 ? name.substring(0, 57) + "…" : name;
    }

    /** A goal is the same goal in two runs when it has the same Nr, or without Nr the same Målsætning. */
    private static String goalKey(MaalRammer.Maal m) {
        return m.nr() != null ? "nr:" + Texts.key(m.nr()) : "maal:" + Texts.key(Objects.toString(m.maalsaetning(), ""));
    }

    private static String goal(MaalRammer.Maal m) {
        if (m.nr() != null) {
            return "mål " + m.nr();
        }
        String text = Objects.toString(m.maalsaetning(), "").replaceAll("\\s+", " ").strip();
        return "mål \"" + (text.length() > 60 ? text.substring(0, 57) + "…" : text) + "\"";
    }

    private static Map<String, Politikomraade> byKey(List<Politikomraade> areas) {
        Map<String, Politikomraade> m = new LinkedHashMap<>();
        areas.forEach(a -> m.putIfAbsent(Texts.key(a.navn()), a));
        return m;
    }

    private static void accounts(String area, List<RegnskabLinje> before, List<RegnskabLinje> after, String[] columns,
                                 List<Change> out) {
        Map<String, RegnskabLinje> old = new LinkedHashMap<>();
        before.forEach(l -> old.putIfAbsent(Texts.key(l.linje()), l));
        Set<String> seen = new LinkedHashSet<>();
        for (RegnskabLinje l : after) {
            String key = Texts.key(l.linje());
            seen.add(key);
            RegnskabLinje o = old.get(key);
            if (o == null) {
                out.add(new Change(area, "ny linje \"" + l.linje() + "\""));
                continue;
            }
            BigDecimal[] a = o.amounts();
            BigDecimal[] b = l.amounts();
            for (int i = 0; i < a.length; i++) {
                if (!same(a[i], b[i])) {
                    out.add(new Change(area, "\"" + l.linje() + "\", " + columns[i] + ": " + DanishFormat.amount(a[i])
                            + " → " + DanishFormat.amount(b[i])));
                }
            }
        }
        old.forEach((key, l) -> {
            if (!seen.contains(key)) {
                out.add(new Change(area, "linjen \"" + l.linje() + "\" er fjernet"));
            }
        });
        // the same lines in another order redraw the table (a Kontoplan's rows moved): say so, not "no changes"
        List<String> was = old.keySet().stream().filter(seen::contains).toList();
        List<String> now = seen.stream().filter(old::containsKey).toList();
        for (int i = 0; i < now.size(); i++) {
            if (!now.get(i).equals(was.get(i))) {
                out.add(new Change(area, "linjernes rækkefølge er ændret: \"" + name(after, now.get(i)) + "\" står nu "
                        + "før \"" + name(after, was.get(i)) + "\""));
                break;
            }
        }
    }

    private static String name(List<RegnskabLinje> lines, String key) {
        return lines.stream().filter(l -> Texts.key(l.linje()).equals(key)).findFirst().orElseThrow().linje();
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static void texts(String area, List<Tekst> before, List<Tekst> after, List<Change> out) {
        Map<String, String> old = joined(before);
        Map<String, String> now = joined(after);
        Set<String> afsnit = new LinkedHashSet<>(now.keySet());
        afsnit.addAll(old.keySet());
        for (String a : afsnit) {
            if (!Objects.equals(old.get(a), now.get(a))) {
                out.add(new Change(area, "teksten til " + a + (old.get(a) == null ? " er tilføjet"
                        : now.get(a) == null ? " er fjernet" : " er ændret")));
            }
        }
    }

    private static Map<String, String> joined(List<Tekst> texts) {
        Map<String, String> m = new LinkedHashMap<>();
        texts.forEach(t -> m.merge(t.afsnit(), t.tekst(), (x, y) -> x + "\n\n" + y));
        return m;
    }

    private static void effektmaal(String area, List<Effektmaal> before, List<Effektmaal> after, List<Change> out) {
        Map<String, Effektmaal> old = new LinkedHashMap<>();
        before.forEach(e -> old.putIfAbsent(Texts.key(e.maal()), e));
        for (Effektmaal e : after) {
            Effektmaal o = old.remove(Texts.key(e.maal()));
            if (o == null) {
                out.add(new Change(area, "nyt effektmål \"" + e.maal() + "\""));
            } else if (!Objects.equals(o.beskrivelse(), e.beskrivelse()) || !Objects.equals(o.maalsaetning(), e.maalsaetning())
                    || !Objects.equals(o.resultat(), e.resultat()) || !Objects.equals(o.gruppe(), e.gruppe())) {
                out.add(new Change(area, "effektmålet \"" + e.maal() + "\" er ændret"));
            }
        }
        old.values().forEach(e -> out.add(new Change(area, "effektmålet \"" + e.maal() + "\" er fjernet")));
    }

    public void writeHtml(List<Change> changes, int year, boolean comparable, Path html) throws IOException {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Ændringer ").append(year).append("</title>\n<style>body{font-family:'DejaVu Sans',")
                .append("Arial,sans-serif;margin:2em;color:#222;max-width:70em}h2{font-size:1.15em;margin-top:1.5em;")
                .append("border-bottom:1px solid #999}li{margin:.2em 0}</style>\n</head>\n<body>\n<h1>Ændringer i ")
                .append(year).append(" siden sidste kørsel</h1>\n");
        if (!comparable) {
            sb.append("<p>Der er ingen tidligere kørsel at sammenligne med.</p>\n");
        } else if (changes.isEmpty()) {
            sb.append("<p>Ingen ændringer i tal, tekster eller valideringsfund.</p>\n");
        } else {
            Map<String, List<Change>> byArea = new LinkedHashMap<>();
            changes.forEach(c -> byArea.computeIfAbsent(c.politikomraade() == null ? "Hele input" : c.politikomraade(),
                    k -> new ArrayList<>()).add(c));
            byArea.forEach((area, list) -> {
                sb.append("<h2>").append(esc(area)).append("</h2>\n<ul>\n");
                list.forEach(c -> sb.append("<li>").append(esc(c.what())).append("</li>\n"));
                sb.append("</ul>\n");
            });
        }
        sb.append("</body>\n</html>\n");
        Files.writeString(html, sb, StandardCharsets.UTF_8);
    }

    private static String esc(String s) {
        return s == null ? "" : Texts.visible(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
