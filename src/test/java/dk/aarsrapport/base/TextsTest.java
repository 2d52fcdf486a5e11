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
}
