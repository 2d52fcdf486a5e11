package dk.aarsrapport.base;

import static org.assertj.core.api.Assertions.assertThat;

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
}
