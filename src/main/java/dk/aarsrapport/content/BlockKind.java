package dk.aarsrapport.content;

/**
 * What a {@link ReportBlock} prints as. The template selects one detail band per kind by
 * comparing {@link ReportBlock#getKind()} with these names, so renaming a constant means
 * editing {@code templates/politikomraade.jrxml} too.
 */
public enum BlockKind {
    PARAGRAPH,
    SUBHEADING,
    BULLET,
    BULLET2,
    ACCOUNTS_HEAD,
    ACCOUNTS_ROW,
    ACCOUNTS_TOTAL,
    FORBRUG,
    EFFEKT_HEAD,
    EFFEKT_GROUP,
    EFFEKT_ROW,
    /**
     * The head and one account of a line's account list in "Specifikation af regnskabet": {@code text} Funktion,
     * {@code c1}–{@code c3} Dranst, Art, Sted, {@code text2} Kontonavn, {@code c4}–{@code c7} the amounts.
     */
    SPEC_HEAD,
    SPEC_ROW,
    /** A chart of a Målinger table's figures; {@code text} is its text alternative, stating the numbers. */
    CHART
}
