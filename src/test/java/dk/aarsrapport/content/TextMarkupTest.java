package dk.aarsrapport.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TextMarkupTest {

    private static final String S = ReportBlock.FOKUSOMRAADER;

    private static List<ReportBlock> parse(String text) {
        return TextMarkup.blocks(S, text);
    }

    @Nested
    class Paragraphs {

        @Test
        void blankLineSeparatesParagraphs() {
            assertThat(parse("Første afsnit.\n\nAndet afsnit."))
                    .extracting(ReportBlock::blockKind, ReportBlock::getText)
                    .containsExactly(
                            tuple(BlockKind.PARAGRAPH, "Første afsnit."),
                            tuple(BlockKind.PARAGRAPH, "Andet afsnit."));
        }

        @Test
        void singleNewlineIsALineBreak() {
            assertThat(parse("linje et\nlinje to"))
                    .extracting(ReportBlock::getText)
                    .containsExactly("linje et<br/>linje to");
        }

        @Test
        void severalBlankLinesAndSurroundingSpaceAreOneSeparator() {
            assertThat(parse("\n\n  a  \n\n\n   \n b \n\n"))
                    .extracting(ReportBlock::getText)
                    .containsExactly("a", "b");
        }

        @Test
        void windowsAndOldMacLineEndsWork() {
            assertThat(parse("a\r\nb\r\n\r\nc\rd"))
                    .extracting(ReportBlock::getText)
                    .containsExactly("a<br/>b", "c<br/>d");
        }

        @Test
        void everyBlockCarriesTheSection() {
            assertThat(TextMarkup.blocks(ReportBlock.EFFEKTMAAL, "x\n\n## y\n• z"))
                    .extracting(ReportBlock::getSection)
                    .containsOnly(ReportBlock.EFFEKTMAAL);
        }

        @Test
        void severalRowsAreSeparateParagraphsInOrder() {
            assertThat(TextMarkup.blocks(S, List.of("én", "to\n\ntre")))
                    .extracting(ReportBlock::getText)
                    .containsExactly("én", "to", "tre");
        }
    }

    @Nested
    class Headings {

        @Test
        void hashHashSpaceIsASubheading() {
            assertThat(parse("## Status\nTeksten følger."))
                    .extracting(ReportBlock::blockKind, ReportBlock::getText)
                    .containsExactly(
                            tuple(BlockKind.SUBHEADING, "Status"),
                            tuple(BlockKind.PARAGRAPH, "Teksten følger."));
        }

        @Test
        void headingEndsAParagraphWithoutBlankLine() {
            assertThat(parse("før\n## Midt\nefter"))
                    .extracting(ReportBlock::blockKind)
                    .containsExactly(BlockKind.PARAGRAPH, BlockKind.SUBHEADING, BlockKind.PARAGRAPH);
        }

        @Test
        void headingMayCarryInlineMarkup() {
            assertThat(parse("## Mål *2031*")).extracting(ReportBlock::getText).containsExactly("Mål <i>2031</i>");
        }

        @Test
        void hashesWithoutSpaceOrThreeHashesAreText() {
            assertThat(parse("##Ikke overskrift\n\n### heller ikke"))
                    .extracting(ReportBlock::blockKind)
                    .containsExactly(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
        }

        @Test
        void emptyHeadingIsDropped() {
            assertThat(parse("##   \ntekst")).extracting(ReportBlock::blockKind).containsExactly(BlockKind.PARAGRAPH);
        }
    }

    @Nested
    class Bullets {

        @Test
        void allThreeMarkersMakeBullets() {
            assertThat(parse("• en\n- to\n* tre"))
                    .extracting(ReportBlock::blockKind, ReportBlock::getText)
                    .containsExactly(
                            tuple(BlockKind.BULLET, "en"),
                            tuple(BlockKind.BULLET, "to"),
                            tuple(BlockKind.BULLET, "tre"));
        }

        @Test
        void twoSpacesIndentMakesSecondLevel() {
            assertThat(parse("• top\n  - under\n  • også under\n• top igen"))
                    .extracting(ReportBlock::blockKind)
                    .containsExactly(BlockKind.BULLET, BlockKind.BULLET2, BlockKind.BULLET2, BlockKind.BULLET);
        }

        @Test
        void tabIndentAlsoMakesSecondLevel() {
            assertThat(parse("\t- under")).extracting(ReportBlock::blockKind).containsExactly(BlockKind.BULLET2);
        }

        @Test
        void continuationLinesBelongToTheBulletUntilBlankLine() {
            assertThat(parse("Indledning:\n• Borgeren tager ansvar\nEvalueringer viser fremgang.\nOgså i 2031.\n\nNyt afsnit."))
                    .extracting(ReportBlock::blockKind, ReportBlock::getText)
                    .containsExactly(
                            tuple(BlockKind.PARAGRAPH, "Indledning:"),
                            tuple(BlockKind.BULLET, "Borgeren tager ansvar<br/>Evalueringer viser fremgang.<br/>Også i 2031."),
                            tuple(BlockKind.PARAGRAPH, "Nyt afsnit."));
        }

        @Test
        void continuationEndsAtHeadingOrNextBullet() {
            assertThat(parse("• a\nfortsat\n• b\n## H"))
                    .extracting(ReportBlock::blockKind, ReportBlock::getText)
                    .containsExactly(
                            tuple(BlockKind.BULLET, "a<br/>fortsat"),
                            tuple(BlockKind.BULLET, "b"),
                            tuple(BlockKind.SUBHEADING, "H"));
        }

        @Test
        void negativeNumbersAndEmphasisAtLineStartAreNotBullets() {
            assertThat(parse("-609 kr.\n\n*kursiv* start\n\n**fed** start"))
                    .extracting(ReportBlock::blockKind, ReportBlock::getText)
                    .containsExactly(
                            tuple(BlockKind.PARAGRAPH, "-609 kr."),
                            tuple(BlockKind.PARAGRAPH, "<i>kursiv</i> start"),
                            tuple(BlockKind.PARAGRAPH, "<b>fed</b> start"));
        }

        @Test
        void loneMarkerIsKeptAsText() {
            assertThat(parse("•")).extracting(ReportBlock::blockKind, ReportBlock::getText)
                    .containsExactly(tuple(BlockKind.PARAGRAPH, "•"));
        }
    }

    @Nested
    class Inline {

        @Test
        void boldAndItalic() {
            assertThat(TextMarkup.inline("en **fed** og en *kursiv* tekst"))
                    .isEqualTo("en <b>fed</b> og en <i>kursiv</i> tekst");
        }

        @Test
        void italicInsideBold() {
            assertThat(TextMarkup.inline("**fed med *kursiv* inde**"))
                    .isEqualTo("<b>fed med <i>kursiv</i> inde</b>");
        }

        @Test
        void boldMaySpanALineBreakOfItsBlock() {
            assertThat(parse("**fed\nfortsat**")).extracting(ReportBlock::getText)
                    .containsExactly("<b>fed<br/>fortsat</b>");
        }

        @Test
        void unmatchedOrArithmeticStarsStayLiteral() {
            assertThat(TextMarkup.inline("5 * 3 = 15, 2*3*4 og **ulukket")).isEqualTo("5 * 3 = 15, 2*3*4 og **ulukket");
        }

        @Test
        void starsWithSpaceInsideAreNotEmphasis() {
            assertThat(TextMarkup.inline("* ikke * og ** heller ikke **")).isEqualTo("* ikke * og ** heller ikke **");
        }
    }

    /**
     * Markers that never close must cost time in proportion to the text, not to its square. Eight cells' worth of
     * text keeps the two far apart (measured: the bounded patterns 2.1 s; the same patterns unbounded, {@code .+?},
     * 2.2 s on one cell and more than 70 s on eight), so the bound guards against a hang, not a speed target.
     */
    @Nested
    class UnclosedMarkers {

        @Test
        void manyUnclosedMarkersAreTextInLinearTime() {
            String text = "**a *b - ".repeat(8 * 3640);
            List<ReportBlock> blocks = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> parse(text));
            assertThat(blocks).singleElement().satisfies(b -> assertThat(b.getText())
                    .doesNotContain("<b>", "<i>").startsWith("**a *b - **a").hasSize(text.length() - 1));
        }
    }

    @Nested
    class Escaping {

        @Test
        void scriptTagIsPrintedAsText() {
            assertThat(parse("<script>alert('x')</script>"))
                    .extracting(ReportBlock::getText)
                    .containsExactly("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        }

        @Test
        void ampersandAndQuotes() {
            assertThat(TextMarkup.escape("Job & Velfærd \"nu\"")).isEqualTo("Job &amp; Velfærd &quot;nu&quot;");
        }

        @Test
        void userTagsInsideEmphasisAreEscapedToo() {
            assertThat(TextMarkup.inline("**<b>x</b>** *<br/>*"))
                    .isEqualTo("<b>&lt;b&gt;x&lt;/b&gt;</b> <i>&lt;br/&gt;</i>");
        }

        @Test
        void existingEntitiesAreNotTrusted() {
            assertThat(TextMarkup.escape("&amp; &lt;")).isEqualTo("&amp;amp; &amp;lt;");
        }

        @Test
        void nullIsEmpty() {
            assertThat(TextMarkup.escape(null)).isEmpty();
            assertThat(parse(null)).isEmpty();
            assertThat(TextMarkup.cellHtml(null)).isEmpty();
        }
    }

    @Nested
    class NonBreakingSpaces {

        @Test
        void nbspCountsAsSpaceForMarkers() {
            assertThat(parse("•\u00A0punkt\n\u00A0\u00A0-\u00A0under\n##\u00A0Overskrift"))
                    .extracting(ReportBlock::blockKind, ReportBlock::getText)
                    .containsExactly(
                            tuple(BlockKind.BULLET, "punkt"),
                            tuple(BlockKind.BULLET2, "under"),
                            tuple(BlockKind.SUBHEADING, "Overskrift"));
        }

        @Test
        void nbspOnlyLineIsBlank() {
            assertThat(parse("a\n\u00A0\u202F\nb")).extracting(ReportBlock::getText).containsExactly("a", "b");
        }

        @Test
        void nbspInsideTextBecomesPlainSpace() {
            assertThat(parse("12,5\u00A0%")).extracting(ReportBlock::getText).containsExactly("12,5 %");
        }
    }

    @Nested
    class CellHtml {

        @Test
        void linesAndBlankLines() {
            assertThat(TextMarkup.cellHtml("Niveau 2030:\n\nKontanthjælp: 2,9 %\nSygedagpenge: 2,6 %"))
                    .isEqualTo("Niveau 2030:<br/><br/>Kontanthjælp: 2,9 %<br/>Sygedagpenge: 2,6 %");
        }

        @Test
        void bulletsBecomeBulletLines() {
            assertThat(TextMarkup.cellHtml("Status:\n• første\n  - under\n• anden"))
                    .isEqualTo("Status:<br/>• første<br/>&nbsp;&nbsp;&nbsp;– under<br/>• anden");
        }

        @Test
        void headingsAreBold() {
            assertThat(TextMarkup.cellHtml("## Mål\n\ntekst")).isEqualTo("<b>Mål</b><br/><br/>tekst");
        }

        @Test
        void escapesAndEmphasis() {
            assertThat(TextMarkup.cellHtml("**206** < 210 & *stigende*"))
                    .isEqualTo("<b>206</b> &lt; 210 &amp; <i>stigende</i>");
        }

        @Test
        void blankTextGivesEmptyString() {
            assertThat(TextMarkup.cellHtml(" \n\u00A0\n")).isEmpty();
        }
    }
}
