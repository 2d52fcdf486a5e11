package dk.aarsrapport.content;

import java.util.Arrays;
import java.util.Objects;

/**
 * One printed block of a politikområde report, in reading order. The list of blocks is fed
 * to the template as a bean data source; the template groups on {@link #getSection()} and
 * picks the band by {@link #getKind()}.
 *
 * <p>Which properties carry Jasper "html" markup (already escaped) and which plain text is
 * fixed per kind and documented on the factory methods: plain text is printed verbatim
 * (no markup), so callers must not escape it, and html text must come from {@link TextMarkup}
 * (or be escaped with {@link TextMarkup#escape(String)}).
 *
 * <p>Immutable; construct only through the static factories so that kinds and column
 * counts cannot be mixed up.
 */
public final class ReportBlock {

    public static final String REGNSKABSRESULTAT = "Regnskabsresultat";
    public static final String FOKUSOMRAADER = "Fokusområder";
    public static final String EFFEKTMAAL = "Effektmål";
    public static final String OM_POLITIKOMRAADET = "Om politikområdet";
    /** The goals of Målopfølgning linked to the politikområde. */
    public static final String MAALOPFOELGNING = "Målopfølgning";
    /** The optional appendix: each line of the accounts table with the accounts behind it. */
    public static final String SPECIFIKATION = "Specifikation af regnskabet";

    /** Number of amount columns in the Regnskabsresultat table. */
    public static final int ACCOUNT_COLUMNS = 5;

    private final String section;
    private final BlockKind kind;
    private final String text;
    private final String text2;
    private final String c1;
    private final String c2;
    private final String c3;
    private final String c4;
    private final String c5;
    private final String c6;
    private final String c7;
    private final java.util.List<ChartPoint> points;
    private final String keep;
    private final int keepWithNext;

    // package-private for the appendix's account lists (AccountsAppendix), whose nine cells are theirs alone
    ReportBlock(String section, BlockKind kind, String text, String text2, String... cells) {
        this(requireSection(section), kind, nullToEmpty(text), nullToEmpty(text2), cells, java.util.List.of(), "", 0);
    }

    private ReportBlock(String section, String altText, java.util.List<ChartPoint> points) {
        this(requireSection(section), BlockKind.CHART, nullToEmpty(altText), "", new String[0],
                java.util.List.copyOf(points), "", 0);
    }

    private ReportBlock(ReportBlock b, String keep, int keepWithNext) {
        this(b.section, b.kind, b.text, b.text2, new String[] {b.c1, b.c2, b.c3, b.c4, b.c5, b.c6, b.c7}, b.points,
                keep, keepWithNext);
    }

    private ReportBlock(String section, BlockKind kind, String text, String text2, String[] cells,
                        java.util.List<ChartPoint> points, String keep, int keepWithNext) {
        this.section = section;
        this.kind = kind;
        this.text = text;
        this.text2 = text2;
        this.c1 = cell(cells, 0);
        this.c2 = cell(cells, 1);
        this.c3 = cell(cells, 2);
        this.c4 = cell(cells, 3);
        this.c5 = cell(cells, 4);
        this.c6 = cell(cells, 5);
        this.c7 = cell(cells, 6);
        this.points = points;
        this.keep = keep;
        this.keepWithNext = keepWithNext;
    }

    /**
     * A bar chart of measured values (one bar series per Serie, greys that read in black and white)
     * with targets drawn as a line. {@code altText} states the numbers, for readers who cannot see it.
     */
    public static ReportBlock chart(String section, String altText, java.util.List<ChartPoint> points) {
        return new ReportBlock(section, altText, points);
    }

    // ---- narrative ------------------------------------------------------------------------

    /** A paragraph; {@code html} is Jasper html markup (escaped, {@code <b> <i> <br/>}). */
    public static ReportBlock paragraph(String section, String html) {
        return new ReportBlock(section, BlockKind.PARAGRAPH, html, null);
    }

    /** A subheading inside a section; {@code html} as for {@link #paragraph}. */
    public static ReportBlock subheading(String section, String html) {
        return new ReportBlock(section, BlockKind.SUBHEADING, html, null);
    }

    /** A bullet item; level 1 prints "•", level 2 (indented) prints "–". */
    public static ReportBlock bullet(String section, int level, String html) {
        if (level != 1 && level != 2) {
            throw new IllegalArgumentException("bullet level must be 1 or 2, was " + level);
        }
        return new ReportBlock(section, level == 1 ? BlockKind.BULLET : BlockKind.BULLET2, html, null);
    }

    // ---- Regnskabsresultat table ---------------------------------------------------------

    /**
     * Header of the accounts table. All plain text.
     *
     * @param unitLine e.g. "Beløb i 1.000 kr. (2015 P/L)"
     * @param signNote e.g. "(- = mindreforbrug/indtægt)"
     * @param columnHeaders exactly five headers, e.g. "Regnskab 2014" … "Afvigelse"
     */
    public static ReportBlock accountsHead(String section, String unitLine, String signNote, String... columnHeaders) {
        return new ReportBlock(section, BlockKind.ACCOUNTS_HEAD, unitLine, signNote, fiveCells(columnHeaders));
    }

    /** One accounts line: plain-text name and five preformatted amounts ("10.632", "-609"). */
    public static ReportBlock accountsRow(String section, String name, String... amounts) {
        return new ReportBlock(section, BlockKind.ACCOUNTS_ROW, name, null, fiveCells(amounts));
    }

    /** The "I alt" line, printed bold with a rule above; arguments as {@link #accountsRow}. */
    public static ReportBlock accountsTotal(String section, String name, String... amounts) {
        return new ReportBlock(section, BlockKind.ACCOUNTS_TOTAL, name, null, fiveCells(amounts));
    }

    /** Plain-text line under the table, e.g. "Forbrugsprocent: 101,8 %". */
    public static ReportBlock forbrug(String section, String text) {
        return new ReportBlock(section, BlockKind.FORBRUG, text, null);
    }

    // ---- Effektmål table -----------------------------------------------------------------

    /** Header row of the effektmål table, plain text: "Mål", "Mål i 2015", "Resultat". */
    public static ReportBlock effektHead(String section, String maalHeader, String targetHeader, String resultHeader) {
        return new ReportBlock(section, BlockKind.EFFEKT_HEAD, maalHeader, null, targetHeader, resultHeader);
    }

    /** A plain-text group heading spanning the table, e.g. "Regeringens mål 1-5". */
    public static ReportBlock effektGroup(String section, String heading) {
        return new ReportBlock(section, BlockKind.EFFEKT_GROUP, heading, null);
    }

    /**
     * One effektmål.
     *
     * @param name plain text, printed bold
     * @param beskrivelseHtml html markup (see {@link TextMarkup#cellHtml(String)}), may be empty
     * @param maalsaetningHtml html markup for the "Mål i <år>" column
     * @param resultatHtml html markup for the "Resultat" column
     */
    public static ReportBlock effektRow(String section, String name, String beskrivelseHtml,
                                        String maalsaetningHtml, String resultatHtml) {
        return new ReportBlock(section, BlockKind.EFFEKT_ROW, name, beskrivelseHtml, maalsaetningHtml, resultatHtml);
    }

    // ---- bean properties read by the template ---------------------------------------------

    public String getSection() {
        return section;
    }

    /** The kind's name; a String so the template stays free of project classes. */
    public String getKind() {
        return kind.name();
    }

    public String getText() {
        return text;
    }

    public String getText2() {
        return text2;
    }

    public String getC1() {
        return c1;
    }

    public String getC2() {
        return c2;
    }

    public String getC3() {
        return c3;
    }

    public String getC4() {
        return c4;
    }

    public String getC5() {
        return c5;
    }

    /** The sixth and seventh cell: only the account lists of "Specifikation af regnskabet" have them. */
    public String getC6() {
        return c6;
    }

    public String getC7() {
        return c7;
    }

    /** The chart's points (CHART blocks only; empty otherwise). */
    public java.util.List<ChartPoint> getPoints() {
        return points;
    }

    /**
     * The unit this block is kept on one page with, where the unit fits on one: blocks in a row with the
     * same key are one unit; empty for none. See {@link PageKeeping}.
     */
    public String getKeep() {
        return keep;
    }

    /**
     * Points of the page this block needs, from its top, for itself and the start of what follows it: the
     * template begins the block on a new page when less is left. 0 for no need beyond the block itself.
     */
    public int getKeepWithNext() {
        return keepWithNext;
    }

    /** This block with page keeping set; the content is the same. */
    ReportBlock kept(String unit, int withNext) {
        return new ReportBlock(this, unit == null ? "" : unit, Math.max(0, withNext));
    }

    /** The kind as an enum, for Java callers (not a bean getter on purpose). */
    public BlockKind blockKind() {
        return kind;
    }

    // ---- helpers -------------------------------------------------------------------------

    private static String requireSection(String section) {
        if (section == null || section.isBlank()) {
            throw new IllegalArgumentException("section is required");
        }
        return section;
    }

    private static String[] fiveCells(String[] cells) {
        if (cells == null || cells.length != ACCOUNT_COLUMNS) {
            throw new IllegalArgumentException("expected " + ACCOUNT_COLUMNS + " columns, got "
                    + (cells == null ? "null" : Integer.toString(cells.length)));
        }
        return cells;
    }

    private static String cell(String[] cells, int i) {
        return cells != null && i < cells.length ? nullToEmpty(cells[i]) : "";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    // Page keeping is left out: it says where pages may break, not what the block says.
    @Override
    public boolean equals(Object o) {
        return o instanceof ReportBlock b
                && section.equals(b.section) && kind == b.kind
                && text.equals(b.text) && text2.equals(b.text2)
                && c1.equals(b.c1) && c2.equals(b.c2) && c3.equals(b.c3) && c4.equals(b.c4) && c5.equals(b.c5)
                && c6.equals(b.c6) && c7.equals(b.c7);
    }

    @Override
    public int hashCode() {
        return Objects.hash(section, kind, text, text2, c1, c2, c3, c4, c5, c6, c7);
    }

    @Override
    public String toString() {
        String cells = Arrays.asList(c1, c2, c3, c4, c5, c6, c7).toString();
        return kind + "[" + section + "] " + text + (text2.isEmpty() ? "" : " | " + text2) + " " + cells
                + (keep.isEmpty() ? "" : " keep=" + keep) + (keepWithNext == 0 ? "" : " withNext=" + keepWithNext);
    }
}
