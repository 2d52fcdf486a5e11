package dk.aarsrapport.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a politikområde report may not break a page, said on its blocks for
 * {@code templates/politikomraade.jrxml}, which cannot look ahead to the next block:
 * <ul>
 * <li>A <em>unit</em> ({@link ReportBlock#getKeep()}) stays on one page where it fits on one: a Målinger
 * table with its notes and chart, the accounts table. Headings right above a unit join it.</li>
 * <li>A heading, or a group row of the effektmål table, asks for room for the start of what follows
 * ({@link ReportBlock#getKeepWithNext()}); with less left on the page it starts the next one.</li>
 * </ul>
 * The points mirror the template's bands; they need only be close, as the template rounds them up.
 */
final class PageKeeping {

    /** The SUBHEADING band, one line. */
    static final int HEADING = 26;
    /** The EFFEKT_GROUP band. */
    static final int GROUP_ROW = 22;
    /** Three lines of body text: a heading is never left with only one or two under it. */
    static final int TEXT_START = 40;
    /** The minHeightToStartNewPage of the template's table groups: a header with a row or two under it. */
    static final int TABLE_START = 90;
    /** The smallest EFFEKT_ROW band. */
    static final int ROW_START = 34;
    /** The CHART band, which never splits. */
    static final int CHART = 176;

    private PageKeeping() {
    }

    /** {@code blocks} as one unit named {@code key}; a key need only differ from its neighbours'. */
    static List<ReportBlock> unit(String key, List<ReportBlock> blocks) {
        return blocks.stream().map(b -> b.kept(key, b.getKeepWithNext())).toList();
    }

    /**
     * The blocks with headings joined to the units below them and every heading's and group row's room
     * set. Jasper keeps a unit together by moving everything since the unit's first block to the next
     * page; the stretch of unkept blocks before a section's first unit starts at the top of a page, where
     * nothing is moved, but one after a unit would be moved whole. So after a unit each unkept block is a
     * unit of its own: at worst it moves instead of splitting.
     */
    static List<ReportBlock> apply(List<ReportBlock> blocks) {
        int n = blocks.size();
        String[] keep = new String[n];
        int[] withNext = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            ReportBlock b = blocks.get(i);
            ReportBlock next = i + 1 < n && blocks.get(i + 1).getSection().equals(b.getSection()) ? blocks.get(i + 1)
                    : null;
            keep[i] = b.getKeep();
            withNext[i] = b.getKeepWithNext();
            if (b.blockKind() == BlockKind.SUBHEADING && next != null) {
                withNext[i] = HEADING + start(next, withNext[i + 1]);
                if (keep[i].isEmpty()) {
                    keep[i] = keep[i + 1];
                }
            } else if (b.blockKind() == BlockKind.EFFEKT_GROUP && next != null) {
                withNext[i] = GROUP_ROW + start(next, withNext[i + 1]);
            }
        }
        boolean afterUnit = false;
        List<ReportBlock> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ReportBlock b = blocks.get(i);
            if (i > 0 && !blocks.get(i - 1).getSection().equals(b.getSection())) {
                afterUnit = false;
            }
            if (!keep[i].isEmpty()) {
                afterUnit = true;
            } else if (afterUnit) {
                keep[i] = "alone " + i;
            }
            out.add(b.kept(keep[i], withNext[i]));
        }
        return out;
    }

    /** The room {@code next} needs to begin; {@code ownRoom} is what a heading or group row asks for itself. */
    private static int start(ReportBlock next, int ownRoom) {
        return switch (next.blockKind()) {
            case SUBHEADING, EFFEKT_GROUP -> Math.max(ownRoom, HEADING);
            case PARAGRAPH, BULLET, BULLET2 -> TEXT_START;
            case ACCOUNTS_HEAD, EFFEKT_HEAD, SPEC_HEAD -> TABLE_START;
            case EFFEKT_ROW -> ROW_START;
            case CHART -> CHART;
            case ACCOUNTS_ROW, ACCOUNTS_TOTAL, FORBRUG, SPEC_ROW -> HEADING;
        };
    }
}
