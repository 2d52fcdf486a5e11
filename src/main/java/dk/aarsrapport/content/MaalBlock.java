package dk.aarsrapport.content;

/**
 * One printed block of a Målopfølgning report, in reading order, fed to
 * {@code templates/maalopfoelgning.jrxml} as a bean. The template picks its band by {@link #getKind()}
 * and groups the goals section by Tema and goal. Fields marked html carry Jasper html markup from
 * {@link TextMarkup} (escaped); the others are printed as plain text. Never null.
 */
public final class MaalBlock {

    /** What a block prints as; the template compares {@link #getKind()} with these names. */
    enum Kind {
        /** A paragraph under a section heading; {@code text} is html. */
        INTRO,
        /** A Tema's row in the overview table. */
        OVERVIEW_TEMA,
        /** A goal's row in the overview: Nr, Målsætning (html), status. */
        OVERVIEW_ROW,
        /** A status and how many goals have it. */
        COUNT_ROW,
        /** The goals in all. */
        COUNT_TOTAL,
        /** One indsats of a goal: name and description (html) in {@code indsats}, partners (html). */
        INDSATS,
        /** As {@link #INDSATS}, the whole width: no indsats of the framework names samarbejdspartnere. */
        INDSATS_WIDE,
        /** A goal with no indsats; {@code text} says so. */
        INDSATS_NONE
    }

    private final String section;
    private final Kind kind;
    private String text = "";
    private String tema = "";
    private String temaBeskrivelse = "";
    private String goal = "";
    private String nr = "";
    private String maalsaetning = "";
    private String details = "";
    private String status = "";
    private String indsats = "";
    private String partnere = "";
    private String count = "";
    private int temaRoom;
    private int goalRoom;

    private MaalBlock(String section, Kind kind) {
        this.section = section;
        this.kind = kind;
    }

    static MaalBlock intro(String section, String html) {
        MaalBlock b = new MaalBlock(section, Kind.INTRO);
        b.text = nz(html);
        return b;
    }

    static MaalBlock overviewTema(String section, String tema) {
        MaalBlock b = new MaalBlock(section, Kind.OVERVIEW_TEMA);
        b.tema = nz(tema);
        return b;
    }

    static MaalBlock overviewRow(String section, String nr, String maalsaetningHtml, String status) {
        MaalBlock b = new MaalBlock(section, Kind.OVERVIEW_ROW);
        b.nr = nz(nr);
        b.maalsaetning = nz(maalsaetningHtml);
        b.status = nz(status);
        return b;
    }

    static MaalBlock count(String section, String status, int count, boolean total) {
        MaalBlock b = new MaalBlock(section, total ? Kind.COUNT_TOTAL : Kind.COUNT_ROW);
        b.status = nz(status);
        b.count = String.valueOf(count);
        return b;
    }

    /**
     * An indsats of a goal (or, with {@code indsatsHtml} null, the line saying the goal has none). Every
     * block of a goal carries the goal's own fields, because its heading is reprinted from whichever
     * block continues on the next page.
     *
     * @param goalKey identifies the goal within the report
     * @param detailsHtml Målgruppe, Status and Politikområde lines under the Målsætning
     * @param wide no column for samarbejdspartnere (the framework names none)
     */
    static MaalBlock indsats(String section, String tema, String temaBeskrivelseHtml, String goalKey, String nr,
                             String maalsaetningHtml, String detailsHtml, String indsatsHtml, String partnereHtml,
                             boolean wide, String none) {
        MaalBlock b = new MaalBlock(section, indsatsHtml == null ? Kind.INDSATS_NONE
                : wide ? Kind.INDSATS_WIDE : Kind.INDSATS);
        b.tema = nz(tema);
        b.temaBeskrivelse = nz(temaBeskrivelseHtml);
        b.goal = nz(goalKey);
        b.nr = nz(nr);
        b.maalsaetning = nz(maalsaetningHtml);
        b.details = nz(detailsHtml);
        b.text = indsatsHtml == null ? nz(none) : "";
        b.indsats = nz(indsatsHtml);
        b.partnere = nz(partnereHtml);
        return b;
    }

    /**
     * This block as the first of its goal, asking for room for the headings printed above it ({@link GoalRoom}):
     * {@code tema} where it also starts its Tema, else {@code goal}.
     */
    MaalBlock startingGoal(boolean startsTema, int tema, int goal) {
        temaRoom = startsTema ? tema : 0;
        goalRoom = startsTema ? 0 : goal;
        return this;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public String getSection() {
        return section;
    }

    public String getKind() {
        return kind.name();
    }

    Kind kind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public String getTema() {
        return tema;
    }

    public String getTemaBeskrivelse() {
        return temaBeskrivelse;
    }

    public String getGoal() {
        return goal;
    }

    public String getNr() {
        return nr;
    }

    public String getMaalsaetning() {
        return maalsaetning;
    }

    /** Målgruppe, Status and Politikområde of a goal, as html lines. */
    public String getDetails() {
        return details;
    }

    public String getStatus() {
        return status;
    }

    public String getIndsats() {
        return indsats;
    }

    public String getPartnere() {
        return partnere;
    }

    public String getCount() {
        return count;
    }

    /** Points of the page the Tema's heading, description and first goal need to begin; 0 but on its first block. */
    public int getTemaRoom() {
        return temaRoom;
    }

    /** Points of the page the goal's heading and first indsats need to begin; 0 but on a later goal's first block. */
    public int getGoalRoom() {
        return goalRoom;
    }

    @Override
    public String toString() {
        return kind + "[" + section + "] " + String.join(" | ", tema, nr, maalsaetning, text, indsats, partnere, status,
                count);
    }
}
