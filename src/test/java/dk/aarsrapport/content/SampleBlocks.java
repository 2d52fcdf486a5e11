package dk.aarsrapport.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Invented report content for the renderer tests and for looking at a rendered page. */
public final class SampleBlocks {

    public static final String POLITIKOMRAADE = "Kyst- og friluftsområdet";
    static final String R = ReportBlock.REGNSKABSRESULTAT;
    static final String F = ReportBlock.FOKUSOMRAADER;
    static final String E = ReportBlock.EFFEKTMAAL;

    private SampleBlocks() {
    }

    public static Map<String, Object> params() {
        Map<String, Object> p = new HashMap<>();
        p.put("POLITIKOMRAADE", POLITIKOMRAADE);
        p.put("KOMMUNE", "Havnø Kommune");
        p.put("TITEL", "Regnskab 2031 – Årsberetning");
        p.put("YEAR", 2031);
        return p;
    }

    public static ReportBlock head() {
        return ReportBlock.accountsHead(R, "Beløb i 1.000 kr. (2031 P/L)", "(- = mindreforbrug/indtægt)",
                "Regnskab 2030", "Budget 2031", "Korr. budget 2031", "Regnskab 2031", "Afvigelse");
    }

    public static List<ReportBlock> typical() {
        List<ReportBlock> b = new ArrayList<>();
        b.addAll(TextMarkup.blocks(R, """
                Der er på politikområdet et merforbrug på 4,2 mio. kr., hvilket svarer til en forbrugsprocent på 103,1.

                Merforbruget skyldes især **flere besøgende** ved strandene og en *ekstraordinær* oprydning efter stormen i oktober. \
                Hertil kommer udgifter til nye redningsposter, som først blev besluttet efter budgetvedtagelsen.
                Udgiften i 2031 er dog 1,1 mio. kr. lavere end i regnskab 2030."""));
        b.add(head());
        b.add(ReportBlock.accountsRow(R, "Strandpleje", "10.632", "10.534", "10.468", "9.859", "-609"));
        b.add(ReportBlock.accountsRow(R, "Redningstjeneste og livreddere ved badestrande samt øvrige kyststrækninger",
                "1.708", "805", "6.130", "13.840", "7.710"));
        b.add(ReportBlock.accountsRow(R, "Naturstier", "141.708", "131.910", "136.667", "137.236", "569"));
        b.add(ReportBlock.accountsRow(R, "Bådehavne", "0", "0", "4", "3", "-1"));
        b.add(ReportBlock.accountsRow(R, "Fugletårne og shelterpladser", "-1.667", "-1.393", "144", "-1.442", "-1.586"));
        b.add(ReportBlock.accountsTotal(R, "I alt", "152.381", "141.856", "153.413", "159.496", "6.083"));
        b.add(ReportBlock.forbrug(R, "Forbrugsprocent: 103,1 %"));

        b.addAll(TextMarkup.blocks(F, """
                ## Sikre strande – en fælles opgave
                Kommunen har de seneste år omlagt store dele af indsatsen ved kysten med henblik på at styrke kvaliteten.
                Indsatsen er grupperet i 3 hovedtemaer:

                • Borgerne tager ansvar for egne strande
                Evalueringer viser, at flere borgere deltager i frivillige oprydninger.
                • Mere for pengene – mindre administration
                  - færre arbejdsgange i driften
                  - fælles indkøb med nabokommunerne
                • Viden om, hvad der virker

                ## Status for målsætningerne
                Antallet af badegæster steg fra 12.400 til 14.900 (+20 %), og tilfredsheden er øget."""));

        b.add(ReportBlock.effektHead(E, "Mål", "Mål i 2031", "Resultat"));
        b.add(ReportBlock.effektGroup(E, "Byrådets mål 1-2"));
        b.add(ReportBlock.effektRow(E, "Rene strande",
                TextMarkup.cellHtml("Andelen af strande med Blå Flag skal øges, så flere borgere og turister "
                        + "oplever rene og sikre badeforhold. Målet understøtter kommunens turismestrategi."),
                TextMarkup.cellHtml("Niveau 2030:\n\n• Nordstrand: 80 %\n• Sydstrand: 75 %"),
                TextMarkup.cellHtml("Begge strande har fået Blå Flag.\n\nAndelen er steget fra 77,5 % til *86,0 %*.")));
        b.add(ReportBlock.effektRow(E, "Færre drukneulykker",
                TextMarkup.cellHtml("Antallet af ulykker skal være lavere eller på samme niveau som i 2028."),
                TextMarkup.cellHtml("Højst 2 ulykker"),
                TextMarkup.cellHtml("Der var 1 ulykke i 2031 mod 3 i 2030.")));
        return b;
    }
}
