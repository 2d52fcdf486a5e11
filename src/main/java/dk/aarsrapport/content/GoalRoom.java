package dk.aarsrapport.content;

/**
 * How much of a page the headings of a goal need, so that {@code templates/maalopfoelgning.jrxml} starts a
 * Tema or a goal on a new page rather than leave its heading at the foot of one, apart from the first lines
 * under it. The template can ask for room only before it prints, and the heights of its headings grow with
 * their text, so they are estimated here from the text's length: on the generous side, as a heading that
 * moves over needlessly costs a little white space, one that stays costs the reader its context.
 *
 * <p>Widths, fonts and bands mirror the template's Tema and Goal group headers and INDSATS bands.
 */
final class GoalRoom {

    /** The Tema heading band. */
    static final int TEMA_HEADING = 30;
    /** The goal band without its two stretching cells: the top gap. */
    static final int GOAL_GAP = 8;
    /** A Goal-style cell's least height, and its padding. */
    static final int GOAL_CELL = 22;
    static final int GOAL_PADDING = 7;
    /** The Goal group's minHeightToStartNewPage: under a Tema, its first goal never asks for less. */
    static final int GOAL_LEAST = 110;
    /** The heads of the indsats table. */
    static final int HEADS = 20;
    /** An indsats row: its least height, padding, and room for its first two lines. */
    static final int ROW = 24;
    static final int ROW_PADDING = 9;
    static final int ROW_START = 30;
    /** Widths of the Målsætning and details cells, the description line and the indsats cell, less padding. */
    static final double GOAL_WIDTH = 426;
    static final double TEMA_WIDTH = 481;
    static final double INDSATS_WIDTH = 290;
    static final double INDSATS_WIDE_WIDTH = 471;

    /** The average advance of DejaVu Sans in Danish text, a little wide, per point of font size. */
    private static final double CHAR_WIDTH = 0.6;
    /** Words wrap before the line is full. */
    private static final double WRAP_LOSS = 1.12;

    private GoalRoom() {
    }

    /**
     * From a goal's top: its heading (Nr and Målsætning, the details under it), the heads of its indsats
     * table, and the first lines of its first row.
     */
    static int goal(String maalsaetningHtml, String detailsHtml, String firstRowHtml, boolean heads, boolean wide) {
        double heading = GOAL_GAP + Math.max(GOAL_CELL, GOAL_PADDING + lines(maalsaetningHtml, GOAL_WIDTH, 9) * 11.5)
                + Math.max(20, GOAL_PADDING + lines(detailsHtml, GOAL_WIDTH, 9) * 11.5);
        double row = ROW_PADDING + lines(firstRowHtml, wide ? INDSATS_WIDE_WIDTH : INDSATS_WIDTH, 8) * 10;
        return (int) Math.ceil(Math.max(GOAL_LEAST, heading + (heads ? HEADS : 0) + Math.min(Math.max(ROW, row),
                ROW_START)));
    }

    /** From a Tema's top: its heading and description, then its first goal ({@code goalRoom}). */
    static int tema(String tema, String descriptionHtml, int goalRoom) {
        double heading = tema.isEmpty() ? 0 : TEMA_HEADING;
        double description = descriptionHtml.isEmpty() ? 0 : 4 + lines(descriptionHtml, TEMA_WIDTH, 9.5) * 12.8;
        return (int) Math.ceil(heading + description + goalRoom);
    }

    /** Lines that html text takes in a column of {@code width} points at {@code fontSize}; at least one. */
    static int lines(String html, double width, double fontSize) {
        int chars = (int) Math.floor(width / (fontSize * CHAR_WIDTH * WRAP_LOSS));
        int lines = 0;
        for (String line : html.split("<br/>", -1)) {
            String text = line.replaceAll("<[^>]*>", "").replaceAll("&[#a-zA-Z0-9]+;", "x");
            lines += Math.max(1, (text.length() + chars - 1) / chars);
        }
        return Math.max(1, lines);
    }
}
