package dk.aarsrapport.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PageKeepingTest {

    private static final String F = ReportBlock.FOKUSOMRAADER;
    private static final String E = ReportBlock.EFFEKTMAAL;

    private static ReportBlock heading(String section, String text) {
        return ReportBlock.subheading(section, text);
    }

    private static ReportBlock text(String section) {
        return ReportBlock.paragraph(section, "Tekst.");
    }

    private static List<ReportBlock> maalinger(String key) {
        return PageKeeping.unit(key, List.of(ReportBlock.accountsHead(E, "Indikator", "Enhed: antal", "2014", "2015", "",
                "", ""), ReportBlock.accountsRow(E, "Resultat", "1", "2", "", "", ""), ReportBlock.chart(E, "Diagram.",
                List.of(new ChartPoint("resultat", "2014", 1.0)))));
    }

    @Test
    void aHeadingAsksForItselfAndThreeLinesOfTheTextUnderIt() {
        List<ReportBlock> kept = PageKeeping.apply(List.of(text(F), heading(F, "Overskrift"), text(F), text(F)));
        assertThat(kept).extracting(ReportBlock::getKeepWithNext).containsExactly(0, 66, 0, 0);
        assertThat(kept).extracting(ReportBlock::getKeep).containsOnly("");
        assertThat(kept).isEqualTo(List.of(text(F), heading(F, "Overskrift"), text(F), text(F)));
    }

    @Test
    void twoHeadingsInARowAskForRoomForBothAndTheText() {
        List<ReportBlock> kept = PageKeeping.apply(List.of(heading(F, "A"), heading(F, "B"), text(F)));
        assertThat(kept).extracting(ReportBlock::getKeepWithNext).containsExactly(92, 66, 0);
    }

    @Test
    void aHeadingOverATableAsksForTheTablesStartAndAGroupRowForItsFirstRow() {
        List<ReportBlock> kept = PageKeeping.apply(List.of(heading(E, "Om målene"),
                ReportBlock.effektHead(E, "Mål", "Mål i 2015", "Resultat"), ReportBlock.effektGroup(E, "Gruppe"),
                ReportBlock.effektRow(E, "Mål 1", "", "", "")));
        assertThat(kept).extracting(ReportBlock::getKeepWithNext).containsExactly(116, 0, 56, 0);
    }

    @Test
    void aHeadingLastInItsSectionHasNothingToKeepWith() {
        List<ReportBlock> kept = PageKeeping.apply(List.of(text(F), heading(F, "Sidst"), text(E)));
        assertThat(kept.get(1).getKeepWithNext()).isZero();
    }

    @Test
    void headingsRightAboveAUnitJoinIt() {
        List<ReportBlock> blocks = new ArrayList<>(List.of(text(E), heading(E, "Målinger: mål 1"), heading(E, "Under")));
        blocks.addAll(maalinger("m1"));
        blocks.addAll(maalinger("m2"));
        List<ReportBlock> kept = PageKeeping.apply(blocks);
        assertThat(kept).extracting(ReportBlock::getKeep).containsExactly("", "m1", "m1", "m1", "m1", "m1", "m2",
                "m2", "m2");
    }

    @Test
    void afterAUnitEachUnkeptBlockOfTheSectionIsAUnitOfItsOwnButTheNextSectionStartsUnkept() {
        List<ReportBlock> blocks = new ArrayList<>(maalinger("m1"));
        blocks.addAll(List.of(text(E), text(E), text(ReportBlock.MAALOPFOELGNING)));
        List<String> keys = PageKeeping.apply(blocks).stream().map(ReportBlock::getKeep).toList();
        assertThat(keys.subList(0, 3)).containsOnly("m1");
        assertThat(keys.get(3)).isNotEmpty().isNotEqualTo(keys.get(4)).isNotEqualTo("m1");
        assertThat(keys.get(4)).isNotEmpty().isNotEqualTo("m1");
        assertThat(keys.get(5)).isEmpty();
    }
}
