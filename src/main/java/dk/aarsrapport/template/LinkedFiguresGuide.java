package dk.aarsrapport.template;

import java.util.List;

/**
 * The Vejledning's paragraphs on linked figures (input-format.md): what each reference becomes, with examples,
 * so finance staff stop retyping the table's figures into the text.
 */
final class LinkedFiguresGuide {

    private LinkedFiguresGuide() {
    }

    static List<String> paragraphs(int year) {
        return List.of(
                "Et tal fra politikområdets regnskabstabel kan skrives i teksten som en henvisning i tuborgklammer; "
                        + "programmet indsætter tallet, så tekst og tabel aldrig kan være uenige. Det gælder alle "
                        + "afsnit i Tekster og Målsætning og Resultat i Effektmål.",
                "    {forbrugsprocent} bliver fx 101,8 (Regnskab " + year + " / Korr. budget " + year
                        + " × 100 af totalen, med én decimal).",
                "    {resultat} bliver fx \"merforbrug på 13,6 mio. kr.\" eller \"mindreforbrug på 2,6 mio. kr.\" efter "
                        + "fortegnet af Regnskab " + year + " − Korr. budget " + year + "; {resultat:udgift} giver "
                        + "\"merudgift …\" eller \"mindreudgift …\".",
                "    {LINJE.KOLONNE} er en celle i tabellen i rapportens beløbsenhed: {I alt.Afvigelse} bliver fx "
                        + "13.620, {Navn på linjen.Regnskab " + year + "} linjens regnskab. Linjen skrives som i arket "
                        + "Regnskab (store og små bogstaver er ligegyldige), I alt er totalrækken. Kolonnen skrives som "
                        + "overskriften eller uden år: Regnskab, Budget, Korr. budget, Afvigelse, og Regnskab Y-1 for "
                        + "Regnskab " + (year - 1) + ".",
                "    Med :mio til sidst bliver beløbet til mio. kr. med én decimal: {I alt.Afvigelse:mio} bliver fx "
                        + "13,6 mio. kr. Negative beløb skrives som i tabellen, fx -2,6 mio. kr.",
                "    {{ og }} skriver en tuborgklamme i teksten. En henvisning, der ikke findes (en ukendt linje eller "
                        + "kolonne, en stavefejl, en manglende }), er en fejl (L1) med cellen og henvisningen, og "
                        + "politikområdet udgives ikke, før den er rettet.");
    }
}
