package dk.aarsrapport.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the light markup of a {@code Tekster} cell (see input-format.md) into Jasper
 * "html"-markup text.
 *
 * <p>Everything the user typed is escaped first and only our own tags are emitted, so a
 * cell can never inject markup into the report: {@code <script>} prints as text.
 */
public final class TextMarkup {

    /** Markers are recognised only with a following space, so "-609" or "*kursiv*" stay text. */
    private static final Pattern HEADING = Pattern.compile("^##\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^( *)[•*\\-]\\s+(.*)$");

    /**
     * Bold may span line breaks inside one block; no whitespace just inside the markers. The span is
     * bounded: with unclosed markers an unbounded lazy match costs the square of the text's length.
     */
    private static final Pattern BOLD = Pattern.compile("\\*\\*(?=\\S)(.{1,2000}?)(?<=\\S)\\*\\*", Pattern.DOTALL);
    /**
     * Single stars touching a letter or digit on the outside ("2*3*4") are arithmetic, not
     * emphasis, and a lone "*" surrounded by spaces is left alone.
     */
    private static final Pattern ITALIC = Pattern.compile(
            "(?<![*\\p{L}\\p{N}])\\*(?=[^\\s*])(.{1,2000}?)(?<=[^\\s*])\\*(?![*\\p{L}\\p{N}])", Pattern.DOTALL);

    static final String BR = "<br/>";
    private static final String CELL_BULLET = "• ";
    /** Swing's html parser collapses plain spaces, so the level-2 indent needs NBSPs. */
    private static final String CELL_BULLET2 = "&nbsp;&nbsp;&nbsp;– ";

    private TextMarkup() {
    }

    /** One parsed block before it becomes a {@link ReportBlock}. */
    record Block(BlockKind kind, String html, boolean afterBlankLine) {
    }

    /**
     * Parses one cell's text into report blocks for {@code section}. Blank or null text gives
     * an empty list.
     */
    public static List<ReportBlock> blocks(String section, String text) {
        List<ReportBlock> out = new ArrayList<>();
        for (Block b : parse(text)) {
            out.add(switch (b.kind()) {
                case SUBHEADING -> ReportBlock.subheading(section, b.html());
                case BULLET -> ReportBlock.bullet(section, 1, b.html());
                case BULLET2 -> ReportBlock.bullet(section, 2, b.html());
                default -> ReportBlock.paragraph(section, b.html());
            });
        }
        return out;
    }

    /**
     * Several {@code Tekster} rows of one politikområde and afsnit, joined in row order as
     * separate paragraphs.
     */
    public static List<ReportBlock> blocks(String section, List<String> texts) {
        List<ReportBlock> out = new ArrayList<>();
        for (String t : texts) {
            out.addAll(blocks(section, t));
        }
        return out;
    }

    /**
     * One html string for a table cell (målsætning, resultat, beskrivelse), where separate
     * blocks cannot be used: lines are joined with {@code <br/>}, a blank line becomes an empty
     * line, bullets become "• " lines (level 2 indented "– "), subheadings bold.
     */
    public static String cellHtml(String text) {
        StringBuilder sb = new StringBuilder();
        for (Block b : parse(text)) {
            if (!sb.isEmpty()) {
                // The user's own blank lines become empty lines, single newlines line breaks.
                sb.append(b.afterBlankLine() ? BR + BR : BR);
            }
            switch (b.kind()) {
                case SUBHEADING -> sb.append("<b>").append(b.html()).append("</b>");
                case BULLET -> sb.append(CELL_BULLET).append(b.html());
                case BULLET2 -> sb.append(CELL_BULLET2).append(b.html());
                default -> sb.append(b.html());
            }
        }
        return sb.toString();
    }

    /** Escapes text for Jasper's html markup: {@code & < > " '}. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Inline markup of one block's raw text: {@code **bold**}, {@code *italic*}, newlines as
     * {@code <br/>}; everything else escaped.
     */
    public static String inline(String raw) {
        StringBuilder sb = new StringBuilder();
        Matcher m = BOLD.matcher(raw);
        int last = 0;
        while (m.find()) {
            sb.append(italics(raw.substring(last, m.start())));
            sb.append("<b>").append(italics(m.group(1))).append("</b>");
            last = m.end();
        }
        sb.append(italics(raw.substring(last)));
        return sb.toString();
    }

    private static String italics(String raw) {
        StringBuilder sb = new StringBuilder();
        Matcher m = ITALIC.matcher(raw);
        int last = 0;
        while (m.find()) {
            sb.append(plain(raw.substring(last, m.start())));
            sb.append("<i>").append(plain(m.group(1))).append("</i>");
            last = m.end();
        }
        sb.append(plain(raw.substring(last)));
        return sb.toString();
    }

    private static String plain(String raw) {
        return escape(raw).replace("\n", BR);
    }

    /** Line-level parse shared by {@link #blocks} and {@link #cellHtml}. */
    static List<Block> parse(String text) {
        List<Block> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        String[] lines = normalise(text).split("\n", -1);
        BlockKind current = null;
        List<String> pending = new ArrayList<>();
        boolean blankBefore = false;
        boolean currentAfterBlank = false;
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                flush(out, current, pending, currentAfterBlank);
                current = null;
                blankBefore = true;
                continue;
            }
            Matcher h = HEADING.matcher(trimmed);
            Matcher b = BULLET.matcher(line);
            if (h.matches()) {
                flush(out, current, pending, currentAfterBlank);
                current = null;
                String heading = h.group(1).strip();
                if (!heading.isEmpty()) {
                    out.add(new Block(BlockKind.SUBHEADING, inline(heading), blankBefore || out.isEmpty()));
                }
            } else if (b.matches() && !b.group(2).isBlank()) {
                flush(out, current, pending, currentAfterBlank);
                // Two or more leading spaces make a second-level bullet (spec: "indented two spaces").
                current = b.group(1).length() >= 2 ? BlockKind.BULLET2 : BlockKind.BULLET;
                currentAfterBlank = blankBefore || out.isEmpty();
                pending.add(b.group(2).strip());
            } else if (current != null) {
                // Continuation of a paragraph or of a bullet: the line break is kept.
                pending.add(trimmed);
                blankBefore = false;
                continue;
            } else {
                current = BlockKind.PARAGRAPH;
                currentAfterBlank = blankBefore || out.isEmpty();
                pending.add(trimmed);
            }
            blankBefore = false;
        }
        flush(out, current, pending, currentAfterBlank);
        return out;
    }

    private static void flush(List<Block> out, BlockKind kind, List<String> lines, boolean afterBlank) {
        if (kind != null && !lines.isEmpty()) {
            out.add(new Block(kind, inline(String.join("\n", lines)), afterBlank));
        }
        lines.clear();
    }

    /**
     * Unifies line ends, turns NBSP and similar fixed spaces into plain spaces (they count as
     * spaces in the input) and tabs into two spaces so a tab-indented bullet is level 2.
     */
    static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ')
                .replace("\t", "  ");
    }
}
