package dk.aarsrapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.support.CliRun;

/** `user add|remove|list`: the console's users, with the password from standard input (no console in a test). */
class UserCommandTest {

    @TempDir
    Path tmp;

    private final InputStream stdin = System.in;

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    private CliRun withStdin(String input, String... args) {
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        return CliRun.of(tmp, args);
    }

    @Nested
    class Good {
        @Test
        void addListChangeAndRemove() {
            CliRun add = withStdin("en-lang-hemmelighed\n", "user", "add", "anna", "--role", "oekonomi");
            assertThat(add.exit).as(add.toString()).isZero();
            assertThat(add.out).contains("Brugeren anna er oprettet med rollen oekonomi.")
                    .doesNotContain("en-lang-hemmelighed");
            withStdin("endnu-en-hemmelighed\n", "user", "add", "lars", "--role", "laeser");
            CliRun list = CliRun.of(tmp, "user", "list");
            assertThat(list.exit).isZero();
            assertThat(list.out).containsPattern("anna\\s+oekonomi").containsPattern("lars\\s+laeser")
                    .doesNotContain("hemmelighed").doesNotContain("bcrypt");
            CliRun again = withStdin("et-helt-nyt-kodeord\n", "user", "add", "lars", "--role", "oekonomi");
            assertThat(again.out).contains("Brugeren lars har fået ny adgangskode med rollen oekonomi.");
            CliRun remove = CliRun.of(tmp, "user", "remove", "anna");
            assertThat(remove.exit).isZero();
            assertThat(remove.out).contains("Brugeren anna er slettet.");
            assertThat(CliRun.of(tmp, "user", "list").out).doesNotContain("anna").containsPattern("lars\\s+oekonomi");
        }

        @Test
        void noUsersSaysHowToAddTheFirst() {
            CliRun list = CliRun.of(tmp, "user", "list");
            assertThat(list.exit).isZero();
            assertThat(list.out).contains("user add NAVN --role oekonomi");
        }
    }

    @Nested
    class Bad {
        @Test
        void anUnknownRoleIsExit2InDanish() {
            CliRun r = withStdin("en-lang-hemmelighed\n", "user", "add", "anna", "--role", "admin");
            assertThat(r.exit).isEqualTo(2);
            assertThat(r.err).contains("Rollen \"admin\" findes ikke; vælg oekonomi eller laeser.");
        }

        @Test
        void aShortOrMissingPasswordChangesNothing() {
            CliRun shortOne = withStdin("kort\n", "user", "add", "anna", "--role", "laeser");
            assertThat(shortOne.exit).isEqualTo(2);
            assertThat(shortOne.err).contains("mindst 10 tegn").contains("Intet er ændret.");
            CliRun none = withStdin("", "user", "add", "anna", "--role", "laeser");
            assertThat(none.exit).isEqualTo(2);
            assertThat(none.err).contains("Ingen adgangskode");
            assertThat(CliRun.of(tmp, "user", "list").out).doesNotContain("anna");
        }

        @Test
        void aNameWithSpacesOrMarkupIsRefused() {
            CliRun r = withStdin("en-lang-hemmelighed\n", "user", "add", "<b>anna jensen", "--role", "laeser");
            assertThat(r.exit).isEqualTo(2);
            assertThat(r.err).contains("kan ikke bruges");
        }

        @Test
        void removingAnUnknownUserIsExit2() {
            CliRun r = CliRun.of(tmp, "user", "remove", "findes-ikke");
            assertThat(r.exit).isEqualTo(2);
            assertThat(r.err).contains("Der er ingen bruger ved navn \"findes-ikke\".");
        }

        @Test
        void userWithoutSubcommandAndServeWithAWrongPortAreUsageErrors() {
            assertThat(CliRun.of(tmp, "user").exit).isEqualTo(2);
            CliRun port = CliRun.of(tmp, "serve", "--port", "70000");
            assertThat(port.exit).isEqualTo(2);
            assertThat(port.err).contains("--port skal være et tal fra 1 til 65535");
        }
    }
}
