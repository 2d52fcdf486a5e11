package dk.aarsrapport.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.RollForwardMarker;
import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.Accounts;
import dk.aarsrapport.stage.DanishFormat;
import dk.aarsrapport.stage.Effektmaal;
import dk.aarsrapport.stage.LinkedFigures;
import dk.aarsrapport.stage.MaalRammer;
import dk.aarsrapport.stage.Politikomraade;
import dk.aarsrapport.stage.RapportSettings;
import dk.aarsrapport.stage.StagedData;
import dk.aarsrapport.stage.Tekst;

/**
 * What one politikområde's report says, as the blocks the template prints, in the order of a
 * Danish annual report: Regnskabsresultat (text, accounts table, forbrugsprocent), Om politikområdet,
 * Fokusområder, Effektmål; last, when asked for, the appendix "Specifikation af regnskabet"
 * ({@link AccountsAppendix}). A section without content is left out, never printed empty.
 */
@Component
public class PolitikomraadeContent {

    static final String REGNSKABSRESULTAT = ReportBlock.REGNSKABSRESULTAT;
    static final String FOKUSOMRAADER = ReportBlock.FOKUSOMRAADER;
    static final String EFFEKTMAAL = ReportBlock.EFFEKTMAAL;
    static final String OM = ReportBlock.OM_POLITIKOMRAADET;

    private final StagedData staged;
    private final AccountsAppendix appendix;

    PolitikomraadeContent(StagedData staged, AccountsAppendix appendix) {
        this.staged = staged;
        this.appendix = appendix;
    }

    /**
     * The blocks of {@code area}'s report; the goals of Målopfølgning linked to it are listed last, but
     * none of a Ramme in {@code blockedRammer}: what may not be published on its own is not published here.
     */
    public List<ReportBlock> blocks(long run, int year, Politikomraade area, Map<String, String> rapport,
                             Set<String> blockedRammer) {
        return blocks(run, year, area, rapport, staged.rammer(run), blockedRammer);
    }

    /**
     * What fills {@code area}'s report: its blocks and parameters ({@code rammer} are the run's goal frameworks,
     * read once by the caller for every politikområde); {@code draft} marks every page.
     */
    public FillInput fillInput(long run, int year, Politikomraade area, Map<String, String> rapport,
                               List<MaalRammer.Ramme> rammer, Set<String> blockedRammer, boolean draft) {
        Map<String, Object> params = new HashMap<>();
        params.put("POLITIKOMRAADE", area.navn());
        putIfPresent(params, "KOMMUNE", rapport.get(Texts.key("Kommune")));
        putIfPresent(params, "TITEL", rapport.get(Texts.key("Titel")));
        params.put("YEAR", year);
        if (draft) {
            params.put("KLADDE", FillInput.DRAFT_MARK);
        }
        return new FillInput(FillInput.POLITIKOMRAADE_TEMPLATE, area.navn(), params,
                blocks(run, year, area, rapport, rammer, blockedRammer));
    }

    /** Absent rather than null: Map.copyOf takes no null, and Jasper reads an absent parameter as null. */
    static void putIfPresent(Map<String, Object> params, String key, Object value) {
        if (value != null) {
            params.put(key, value);
        }
    }

    private List<ReportBlock> blocks(long run, int year, Politikomraade area, Map<String, String> rapport,
                                     List<MaalRammer.Ramme> rammer, Set<String> blockedRammer) {
        List<Tekst> texts = staged.tekster(run, area.navn());
        List<ReportBlock> blocks = new ArrayList<>();
        Accounts accounts = Accounts.of(staged.regnskab(run, area.navn()));
        // the texts as the reader gets them, filled from the table printed beside them (L1 names what cannot be)
        LinkedFigures figures = LinkedFigures.of(accounts, year, RapportSettings.kronerPerUnit(rapport));
        addTexts(blocks, REGNSKABSRESULTAT, texts, figures);
        if (!accounts.isEmpty()) {
            addAccounts(blocks, year, accounts, rapport);
        }
        addTexts(blocks, OM, texts, figures);
        addTexts(blocks, FOKUSOMRAADER, texts, figures);
        addTexts(blocks, EFFEKTMAAL, texts, figures);
        List<Effektmaal> maal = staged.effektmaal(run, area.navn());
        addEffektmaal(blocks, year, maal, figures);
        addMaalinger(blocks, maal, staged.maalinger(run, area.navn()));
        addLinkedGoals(blocks, MaalRammer.linkedTo(rammer, area.navn(), blockedRammer));
        blocks.addAll(appendix.blocks(run, year, area, rapport));
        if (blocks.isEmpty()) {
            // S2 has warned; the reader of a politikområde listed in Politikområder still gets its page, not a gap
            blocks.add(ReportBlock.paragraph(REGNSKABSRESULTAT, TextMarkup.escape("Der er hverken tekster, "
                    + "regnskabslinjer eller effektmål for politikområdet i årets indberetning.")));
        }
        return PageKeeping.apply(blocks);
    }

    /** Per Ramme its goals linked to this politikområde: Nr, Målsætning and status, as a list. */
    private static void addLinkedGoals(List<ReportBlock> blocks, List<MaalRammer.Linked> linked) {
        String ramme = null;
        for (MaalRammer.Linked l : linked) {
            if (!l.ramme().navn().equals(ramme)) {
                ramme = l.ramme().navn();
                blocks.add(ReportBlock.subheading(ReportBlock.MAALOPFOELGNING, TextMarkup.escape(ramme)));
            }
            MaalRammer.Maal m = l.maal();
            String maalsaetning = TextMarkup.cellHtml(m.maalsaetning());
            blocks.add(ReportBlock.bullet(ReportBlock.MAALOPFOELGNING, 1, (m.nr() == null ? ""
                    : "<b>" + TextMarkup.escape(m.nr()) + "</b> ") + maalsaetning + " – status: "
                    + TextMarkup.escape(m.status())));
        }
    }

    private static void addTexts(List<ReportBlock> blocks, String section, List<Tekst> texts, LinkedFigures figures) {
        for (Tekst t : texts) {
            if (Texts.key(t.afsnit()).equals(Texts.key(section))) {
                blocks.addAll(TextMarkup.blocks(section, figures.printed(t.tekst())));
            }
        }
    }

    /** The accounts table and its forbrugsprocent, one unit: kept on one page where it fits on one. */
    private static void addAccounts(List<ReportBlock> blocks, int year, Accounts accounts, Map<String, String> rapport) {
        List<ReportBlock> table = new ArrayList<>();
        addAccountsTable(table, year, accounts, rapport);
        blocks.addAll(PageKeeping.unit(REGNSKABSRESULTAT, table));
    }

    private static void addAccountsTable(List<ReportBlock> blocks, int year, Accounts accounts,
                                         Map<String, String> rapport) {
        String unit = rapport.getOrDefault(Texts.key("Beløbsenhed"), "1.000 kr.");
        String prices = rapport.get(Texts.key("Prisniveau"));
        String unitLine = "Beløb i " + (unit == null ? "1.000 kr." : unit) + (prices == null ? "" : " (" + prices + ")");
        blocks.add(ReportBlock.accountsHead(REGNSKABSRESULTAT, unitLine, "(- = mindreforbrug/indtægt)",
                "Regnskab " + (year - 1), "Budget " + year, "Korr. budget " + year, "Regnskab " + year, "Afvigelse"));
        accounts.lines().forEach(l -> blocks.add(ReportBlock.accountsRow(REGNSKABSRESULTAT, l.linje(),
                amounts(l.regnskabForrige(), l.budget(), l.korrBudget(), l.regnskab(), Accounts.afvigelse(l)))));
        String totalName = accounts.statedTotal().map(t -> t.linje()).orElse("I alt");
        blocks.add(ReportBlock.accountsTotal(REGNSKABSRESULTAT, totalName, amounts(accounts.total())));
        blocks.add(ReportBlock.forbrug(REGNSKABSRESULTAT, accounts.forbrugsprocent()
                .map(p -> "Forbrugsprocent: " + DanishFormat.percent(p))
                .orElse("Forbrugsprocent: kan ikke beregnes, da det korrigerede budget er 0.")));
    }

    private static String[] amounts(BigDecimal... values) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = DanishFormat.amount(values[i]);
        }
        return out;
    }

    /**
     * The measured indicators, effektmål by effektmål, after the effektmål table: a table cannot sit
     * inside another table's row, and a reader finds them under the goal's own heading.
     */
    private static void addMaalinger(List<ReportBlock> blocks, List<Effektmaal> maal,
                                     List<dk.aarsrapport.stage.Maaling> maalinger) {
        for (Effektmaal m : maal) {
            List<dk.aarsrapport.stage.Maaling> own = maalinger.stream()
                    .filter(x -> Texts.key(x.maal()).equals(Texts.key(m.maal()))).toList();
            if (!own.isEmpty()) {
                blocks.add(ReportBlock.subheading(EFFEKTMAAL, TextMarkup.escape("Målinger: " + m.maal())));
                blocks.addAll(MaalingTables.blocks(EFFEKTMAAL, "Målinger " + Texts.key(m.maal()) + " / ", own));
            }
        }
    }

    private static void addEffektmaal(List<ReportBlock> blocks, int year, List<Effektmaal> maal,
                                      LinkedFigures figures) {
        if (maal.isEmpty()) {
            return;
        }
        blocks.add(ReportBlock.effektHead(EFFEKTMAAL, "Mål", "Mål i " + year, "Resultat"));
        String group = null;
        for (Effektmaal m : maal) {
            if (m.gruppe() != null && !Objects.equals(m.gruppe(), group)) {
                blocks.add(ReportBlock.effektGroup(EFFEKTMAAL, m.gruppe()));
            }
            group = m.gruppe();
            // Beskrivelse links no figures (input-format.md), but a carried one has the marker line too
            blocks.add(ReportBlock.effektRow(EFFEKTMAAL, m.maal(),
                    TextMarkup.cellHtml(RollForwardMarker.without(m.beskrivelse())),
                    TextMarkup.cellHtml(figures.printed(m.maalsaetning())),
                    TextMarkup.cellHtml(figures.printed(m.resultat()))));
        }
    }
}
