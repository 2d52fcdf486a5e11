package dk.aarsrapport.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void namesMatchWithOrWithoutDanishLetters() {
        assertThat(Texts.key("Effektmål")).isEqualTo(Texts.key("effektmaal"));
        assertThat(Texts.key(" Politikområder ")).isEqualTo(Texts.key("POLITIKOMRAADER"));
        assertThat(Texts.key("Nævner")).isEqualTo(Texts.key("naevner"));
        assertThat(Texts.key("Målopfølgning")).isEqualTo(Texts.key("maalopfoelgning"));
    }

    @Test
    void nonBreakingSpacesCountAsSpaces() {
        assertThat(Texts.clean("\u00A0Sygedagpenge\u00A0")).isEqualTo("Sygedagpenge");
        assertThat(Texts.key("Korr.\u00A0budget  2015")).isEqualTo("korr. budget 2015");
    }

    @Test
    void sheetKindsByName() {
        assertThat(SheetKind.of("maalinger")).contains(SheetKind.MAALINGER);
        assertThat(SheetKind.of("Vejledning")).contains(SheetKind.VEJLEDNING);
        assertThat(SheetKind.of("Ark1")).isEmpty();
    }

    @Test
    void decomposedNamesAsAMacWritesThemMatchTheirComposedTwins() {
        String nfd = java.text.Normalizer.normalize("Målinger", java.text.Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Målinger");
        assertThat(Texts.key(nfd)).isEqualTo(Texts.key("Målinger")).isEqualTo(Texts.key("maalinger"));
        assertThat(Texts.clean(nfd)).isEqualTo("Målinger");
    }

    @Test
    void anInvisibleCharacterKeepsANameApartAndIsShownInTheFinding() {
        assertThat(Texts.key("Social\u200Bområdet")).isNotEqualTo(Texts.key("Socialområdet"));
        assertThat(Texts.visible("Social\u200Bområdet")).isEqualTo("Social\\u200Bområdet");
        assertThat(Texts.visible("\uFEFFtekster\u00AD\u0007")).isEqualTo("\\uFEFFtekster\\u00AD\\u0007");
        assertThat(Texts.visible("Ældreområdet – 2015")).isEqualTo("Ældreområdet – 2015");
    }

    @Nested
    class Visible {

        @Test
        void showsControlCharactersAsEscapes() {
            assertThat(Texts.visible("a\u001B[2Jb\u0000c\u0007d\u007Fe\u0085f\u009Bg"))
                    .isEqualTo("a\\u001B[2Jb\\u0000c\\u0007d\\u007Fe\\u0085f\\u009Bg");
        }

        @Test
        void showsLineBreaksAndTabsSoALineStaysOne() {
            assertThat(Texts.visible("a\nb\r\tc")).isEqualTo("a\\u000Ab\\u000D\\u0009c");
        }

        @Test
        void showsDirectionOverridesIsolatesAndZeroWidthCharacters() {
            assertThat(Texts.visible("\u202Efdp.exe")).isEqualTo("\\u202Efdp.exe");
            assertThat(Texts.visible("\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069\u200E\u200F\u061C"))
                    .isEqualTo("\\u202A\\u202B\\u202C\\u202D\\u2066\\u2067\\u2068\\u2069\\u200E\\u200F\\u061C");
            assertThat(Texts.visible("Sygedag\u200Bpenge\u200C\u200D\u2060\uFEFF"))
                    .isEqualTo("Sygedag\\u200Bpenge\\u200C\\u200D\\u2060\\uFEFF");
        }

        @Test
        void leavesEveryDrawnCharacterAlone() {
            String danish = "Ældreområdet – 12,5 % «citat» € ½ C:\\input\\2015 \u00A0 \uD83D\uDE00 你好 مرحبا";
            assertThat(Texts.visible(danish)).isSameAs(danish);
            assertThat(Texts.visible(null)).isNull();
        }

        @Test
        void showsALoneSurrogateWhichNoEncodingCanWrite() {
            assertThat(Texts.visible("a\uD800b\uDC00")).isEqualTo("a\\uD800b\\uDC00");
        }
    }

    @Nested
    class ConsoleLine {

        @Test
        void aShortLineIsLeftAlone() {
            assertThat(Texts.consoleLine("FEJL R2 Ældreområdet: kort", " (x)")).isEqualTo("FEJL R2 Ældreområdet: kort");
        }

        @Test
        void aLongFindingIsCutAndSaysWhereTheWholeTextIs() {
            String name = "Social" + "\u200B".repeat(200) + "området";
            Finding f = Finding.fejl("S1", null, "regnskab.csv", "regnskab", "A2", name, null,
                    "Politikområdet \"" + name + "\" findes ikke i arket Politikområder.");
            String line = f.line();
            assertThat(line).hasSizeLessThanOrEqualTo(Texts.CONSOLE_LINE).startsWith("FEJL S1 regnskab.csv A2: ")
                    .endsWith("… (hele teksten i validering.csv)").contains("\\u200B");
        }

        @Test
        void neverCutsASurrogatePairInHalf() {
            String line = "x".repeat(Texts.CONSOLE_LINE - 4) + "\uD83D\uDE00".repeat(20);
            String cut = Texts.consoleLine(line, "");
            assertThat(cut).hasSizeLessThanOrEqualTo(Texts.CONSOLE_LINE).endsWith("…");
            assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
        }
    }
}
