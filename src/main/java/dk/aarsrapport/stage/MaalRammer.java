package dk.aarsrapport.stage;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.aarsrapport.base.Texts;

/**
 * The Målopfølgning rows put together as input-format.md reads them: per Ramme (in order of first
 * appearance) its goals, and per goal its indsatser. The rows of one goal are those with the same
 * Nr, or — without Nr — the rows that follow it with a blank (or the same) Målsætning. Goals with a
 * Nr come first, sorted by the numbers in it ({@code 1.2 < 1.10 < 2.1}); goals without one follow in
 * row order. Temaer group the goals in the order their first goal comes.
 */
public final class MaalRammer {

    /** How a finding about a Ramme names it in the validation report, where politikområder are named. */
    public static final String UNIT_PREFIX = "Målopfølgning: ";

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private MaalRammer() {
    }

    /** One goal framework and its goals, in print order. */
    public record Ramme(String navn, List<Maal> maal) {

        public String key() {
            return Texts.key(navn);
        }

        /** The goals grouped by Tema (a null name for goals without one), in print order. */
        public List<Tema> temaer() {
            Map<String, List<Maal>> byTema = new LinkedHashMap<>();
            for (Maal m : maal) {
                byTema.computeIfAbsent(m.tema() == null ? "" : Texts.key(m.tema()), k -> new ArrayList<>()).add(m);
            }
            List<Tema> out = new ArrayList<>();
            byTema.forEach((key, list) -> out.add(new Tema(key.isEmpty() ? null : list.get(0).tema(),
                    firstGiven(list.stream().flatMap(m -> m.rows().stream()).toList(),
                            Maalopfoelgning::temabeskrivelse), list)));
            return out;
        }

        public List<Maalopfoelgning> rows() {
            return maal.stream().flatMap(m -> m.rows().stream()).toList();
        }

        public int indsatser() {
            return maal.stream().mapToInt(m -> m.indsatser().size()).sum();
        }

        /**
         * Goals per status, each goal counted once under its status: the four words of the spec always,
         * then other statuses in the order they come, then "ikke angivet".
         */
        public Map<String, Integer> statusCounts() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            MaalStatus.KNOWN.forEach(k -> counts.put(k, 0));
            int notGiven = 0;
            for (Maal m : maal) {
                if (m.statuses().isEmpty()) {
                    notGiven++;
                } else {
                    counts.merge(m.status(), 1, Integer::sum);
                }
            }
            counts.put(MaalStatus.NOT_GIVEN, notGiven);
            return counts;
        }
    }

    /** A Tema of a Ramme: its name (null: goals without Tema), its description if given, its goals. */
    public record Tema(String navn, String beskrivelse, List<Maal> maal) {
    }

    /**
     * One goal: its Nr (null when not given) and its rows in row order; {@code order} is the position
     * of its first row in the input, which orders goals without Nr and identifies them.
     */
    public record Maal(String nr, int order, List<Maalopfoelgning> rows) {

        /** Stable within a run and across runs with the same goals: Nr, or the goal's Målsætning. */
        public String key() {
            return nr != null ? "nr:" + Texts.key(nr) : "maal:" + Texts.key(Objects.toString(maalsaetning(), ""))
                    + ":" + order;
        }

        public String maalsaetning() {
            return firstGiven(rows, Maalopfoelgning::maalsaetning);
        }

        public String maalgruppe() {
            return firstGiven(rows, Maalopfoelgning::maalgruppe);
        }

        public String tema() {
            return firstGiven(rows, Maalopfoelgning::tema);
        }

        public String politikomraade() {
            return firstGiven(rows, Maalopfoelgning::politikomraade);
        }

        /** The rows that describe an indsats (a row with only the goal's fields describes none). */
        public List<Maalopfoelgning> indsatser() {
            return rows.stream().filter(Maalopfoelgning::hasIndsats).toList();
        }

        /** The distinct statuses its rows give, as printed, in row order. */
        public List<String> statuses() {
            LinkedHashSet<String> s = new LinkedHashSet<>();
            rows.forEach(r -> {
                if (r.status() != null) {
                    s.add(MaalStatus.printed(r.status()));
                }
            });
            return List.copyOf(s);
        }

        /** The goal's status as printed in the overview: its statuses, or "ikke angivet". */
        public String status() {
            List<String> s = statuses();
            return s.isEmpty() ? MaalStatus.NOT_GIVEN : String.join(", ", s);
        }

        public Maalopfoelgning first() {
            return rows.get(0);
        }
    }

    /** A goal linked to a politikområde, with the Ramme it belongs to. */
    public record Linked(Ramme ramme, Maal maal) {
    }

    /**
     * The goals linked to {@code politikomraade} (by its Politikområde column), Ramme by Ramme in print
     * order; the Rammer in {@code skip} (their keys: those that may not be published) are left out.
     */
    public static List<Linked> linkedTo(List<Ramme> rammer, String politikomraade, Set<String> skip) {
        String area = Texts.key(politikomraade);
        List<Linked> out = new ArrayList<>();
        for (Ramme r : rammer) {
            if (skip.contains(r.key())) {
                continue;
            }
            r.maal().stream().filter(m -> m.politikomraade() != null && Texts.key(m.politikomraade()).equals(area))
                    .forEach(m -> out.add(new Linked(r, m)));
        }
        return out;
    }

    public static String unit(String ramme) {
        return UNIT_PREFIX + ramme;
    }

    /** The Rammer of a run's rows (rows in reading order). */
    public static List<Ramme> of(List<Maalopfoelgning> rows) {
        Map<String, List<Maalopfoelgning>> byRamme = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<Maalopfoelgning, Integer> order = new IdentityHashMap<>();
        for (Maalopfoelgning r : rows) {
            order.put(r, order.size());
            String key = Texts.key(r.ramme());
            names.putIfAbsent(key, r.ramme());
            byRamme.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<Ramme> out = new ArrayList<>();
        byRamme.forEach((key, list) -> out.add(new Ramme(names.get(key), goals(list, order))));
        return out;
    }

    private static List<Maal> goals(List<Maalopfoelgning> rows, Map<Maalopfoelgning, Integer> order) {
        Map<String, Builder> byNr = new LinkedHashMap<>();
        List<Builder> all = new ArrayList<>();
        Builder current = null;
        for (Maalopfoelgning r : rows) {
            Builder goal;
            if (r.nr() != null) {
                goal = byNr.get(Texts.key(r.nr()));
                if (goal == null) {
                    goal = new Builder(r.nr(), order.get(r));
                    byNr.put(Texts.key(r.nr()), goal);
                    all.add(goal);
                }
            } else if (current != null && (r.maalsaetning() == null
                    || Texts.key(r.maalsaetning()).equals(Texts.key(Objects.toString(current.maalsaetning(), ""))))) {
                goal = current;
            } else {
                goal = new Builder(null, order.get(r));
                all.add(goal);
            }
            goal.rows.add(r);
            current = goal;
        }
        return all.stream().map(b -> new Maal(b.nr, b.order, List.copyOf(b.rows))).sorted(PRINT_ORDER).toList();
    }

    private static final class Builder {
        final String nr;
        final int order;
        final List<Maalopfoelgning> rows = new ArrayList<>();

        Builder(String nr, int order) {
            this.nr = nr;
            this.order = order;
        }

        String maalsaetning() {
            return firstGiven(rows, Maalopfoelgning::maalsaetning);
        }
    }

    /** Numbered goals first, by the numbers in their Nr; then the others in row order. */
    static final Comparator<Maal> PRINT_ORDER = (a, b) -> {
        if (a.nr() != null && b.nr() != null) {
            int c = compareNr(a.nr(), b.nr());
            return c != 0 ? c : Integer.compare(a.order(), b.order());
        }
        if (a.nr() != null || b.nr() != null) {
            return a.nr() != null ? -1 : 1;
        }
        return Integer.compare(a.order(), b.order());
    };

    /** {@code 1.2 < 1.10 < 2.1}: the runs of digits compared as numbers, a prefix first, then the text. */
    public static int compareNr(String a, String b) {
        List<BigInteger> pa = parts(a);
        List<BigInteger> pb = parts(b);
        for (int i = 0; i < Math.min(pa.size(), pb.size()); i++) {
            int c = pa.get(i).compareTo(pb.get(i));
            if (c != 0) {
                return c;
            }
        }
        int c = Integer.compare(pa.size(), pb.size());
        return c != 0 ? c : Texts.key(a).compareTo(Texts.key(b));
    }

    private static List<BigInteger> parts(String nr) {
        List<BigInteger> parts = new ArrayList<>();
        Matcher m = DIGITS.matcher(nr);
        while (m.find()) {
            parts.add(new BigInteger(m.group()));
        }
        return parts;
    }

    private static String firstGiven(List<Maalopfoelgning> rows, Function<Maalopfoelgning, String> field) {
        return rows.stream().map(field).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
