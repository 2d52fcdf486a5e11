package dk.aarsrapport.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.MaalRammer;
import dk.aarsrapport.stage.MaalStatus;
import dk.aarsrapport.stage.Maalopfoelgning;

/**
 * What one goal framework's report says, as the blocks its template prints: an overview (goals by
 * Tema with their status, and how many goals have each status), then every goal with its indsatser.
 * Nothing is added that the input does not give: a blank Målgruppe prints no line, a blank status is
 * "ikke angivet", a goal without indsatser says so.
 */
public final class MaalopfoelgningContent {

    static final String OVERSIGT = "Oversigt";
    static final String MAAL = "Mål og indsatser";
    static final String NO_INDSATS = "Ingen indsatser angivet.";

    private MaalopfoelgningContent() {
    }

    /** What fills {@code ramme}'s report: its blocks and parameters; {@code draft} marks every page. */
    public static FillInput fillInput(int year, MaalRammer.Ramme ramme, Map<String, String> rapport, boolean draft) {
        Map<String, Object> params = new HashMap<>();
        params.put("RAMME", ramme.navn());
        params.put("ANCHOR", MaalRammer.unit(ramme.navn()));
        PolitikomraadeContent.putIfPresent(params, "KOMMUNE", rapport.get(Texts.key("Kommune")));
        params.put("YEAR", year);
        if (draft) {
            params.put("KLADDE", FillInput.DRAFT_MARK);
        }
        return new FillInput(FillInput.MAALOPFOELGNING_TEMPLATE, ramme.navn(), params, blocks(ramme));
    }

    public static List<MaalBlock> blocks(MaalRammer.Ramme ramme) {
        List<MaalBlock> blocks = new ArrayList<>();
        List<MaalRammer.Tema> temaer = ramme.temaer();
        blocks.add(MaalBlock.intro(OVERSIGT, TextMarkup.escape(summary(ramme, temaer))));
        for (MaalRammer.Tema t : temaer) {
            if (t.navn() != null) {
                blocks.add(MaalBlock.overviewTema(OVERSIGT, t.navn()));
            }
            for (MaalRammer.Maal m : t.maal()) {
                blocks.add(MaalBlock.overviewRow(OVERSIGT, m.nr(), TextMarkup.cellHtml(m.maalsaetning()), m.status()));
            }
        }
        for (Map.Entry<String, Integer> e : ramme.statusCounts().entrySet()) {
            blocks.add(MaalBlock.count(OVERSIGT, e.getKey(), e.getValue(), false));
        }
        blocks.add(MaalBlock.count(OVERSIGT, "I alt", ramme.maal().size(), true));
        // a framework that names no samarbejdspartnere gets no empty column for them
        boolean wide = ramme.rows().stream().allMatch(r -> r.samarbejdspartnere() == null);
        for (MaalRammer.Tema t : temaer) {
            String temaBeskrivelse = TextMarkup.cellHtml(t.beskrivelse());
            boolean firstOfTema = true;
            for (MaalRammer.Maal m : t.maal()) {
                String maalsaetning = TextMarkup.cellHtml(m.maalsaetning());
                String details = details(m);
                List<Maalopfoelgning> indsatser = m.indsatser();
                List<MaalBlock> goal = new ArrayList<>();
                if (indsatser.isEmpty()) {
                    goal.add(MaalBlock.indsats(MAAL, t.navn(), temaBeskrivelse, m.key(), m.nr(), maalsaetning, details,
                            null, null, wide, NO_INDSATS));
                }
                boolean mixed = m.statuses().size() > 1;
                for (Maalopfoelgning i : indsatser) {
                    goal.add(MaalBlock.indsats(MAAL, t.navn(), temaBeskrivelse, m.key(), m.nr(), maalsaetning, details,
                            indsats(i, mixed), TextMarkup.cellHtml(i.samarbejdspartnere()), wide, null));
                }
                MaalBlock first = goal.get(0);
                int room = GoalRoom.goal(maalsaetning, details, indsatser.isEmpty() ? NO_INDSATS : first.getIndsats(),
                        !indsatser.isEmpty(), wide);
                first.startingGoal(firstOfTema, GoalRoom.tema(t.navn() == null ? "" : t.navn(), temaBeskrivelse, room),
                        room);
                blocks.addAll(goal);
                firstOfTema = false;
            }
        }
        return blocks;
    }

    /** "<Ramme>: 12 mål i 3 temaer med 9 indsatser." */
    static String summary(MaalRammer.Ramme ramme, List<MaalRammer.Tema> temaer) {
        long named = temaer.stream().filter(t -> t.navn() != null).count();
        int indsatser = ramme.indsatser();
        return ramme.navn() + ": " + ramme.maal().size() + " mål"
                + (named == 0 ? "" : " i " + named + (named == 1 ? " tema" : " temaer"))
                + " med " + indsatser + (indsatser == 1 ? " indsats." : " indsatser.");
    }

    /** The lines under a goal's Målsætning: Målgruppe when given, Status, Politikområde when linked. */
    private static String details(MaalRammer.Maal m) {
        StringBuilder sb = new StringBuilder();
        if (m.maalgruppe() != null) {
            sb.append("<b>Målgruppe:</b> ").append(TextMarkup.cellHtml(m.maalgruppe())).append(TextMarkup.BR);
        }
        sb.append("<b>Status:</b> ").append(TextMarkup.escape(m.status()));
        if (m.politikomraade() != null) {
            sb.append(TextMarkup.BR).append("<b>Politikområde:</b> ").append(TextMarkup.escape(m.politikomraade()));
        }
        return sb.toString();
    }

    /** The name in bold over the description; a row's own status when the goal's rows differ. */
    private static String indsats(Maalopfoelgning i, boolean mixed) {
        StringBuilder sb = new StringBuilder();
        if (i.indsats() != null) {
            sb.append("<b>").append(TextMarkup.escape(i.indsats())).append("</b>");
        }
        if (i.beskrivelse() != null) {
            if (!sb.isEmpty()) {
                sb.append(TextMarkup.BR);
            }
            sb.append(TextMarkup.cellHtml(i.beskrivelse()));
        }
        if (mixed) {
            if (!sb.isEmpty()) {
                sb.append(TextMarkup.BR);
            }
            sb.append("<i>Status: ").append(TextMarkup.escape(i.status() == null ? MaalStatus.NOT_GIVEN
                    : MaalStatus.printed(i.status()))).append("</i>");
        }
        return sb.toString();
    }
}
