package dk.aarsrapport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Which role an id_token's claims give, with the defaults and with a kommune's own claim and values. */
class OidcRolesTest {

    final OidcRoles defaults = new OidcRoles(new WebProperties.Oidc("roles", "oekonomi", "laeser", "preferred_username"));
    final OidcRoles groups = new OidcRoles(new WebProperties.Oidc("groups", "Økonomi-årsberetning", "Ledere", "upn"));

    @Nested
    class Good {

        @Test
        void aListOrASingleStringGivesItsRole() {
            assertThat(defaults.role(Map.of("roles", List.of("laeser")))).contains(Role.LAESER);
            assertThat(defaults.role(Map.of("roles", "oekonomi"))).contains(Role.OEKONOMI);
        }

        @Test
        void oneWhoIsBothMayChangeThings() {
            assertThat(defaults.role(Map.of("roles", List.of("laeser", "oekonomi")))).contains(Role.OEKONOMI);
        }

        @Test
        void theKommunesOwnClaimAndValuesAreRead() {
            assertThat(groups.role(Map.of("groups", List.of("Alle", "Ledere")))).contains(Role.LAESER);
            assertThat(groups.role(Map.of("groups", List.of("Økonomi-årsberetning")))).contains(Role.OEKONOMI);
        }
    }

    @Nested
    class Bad {

        @Test
        void noClaimOrNoKnownValueGivesNoRole() {
            assertThat(defaults.role(Map.of("sub", "x"))).isEmpty();
            assertThat(defaults.role(Map.of("roles", List.of("revisor", "Oekonomi")))).isEmpty();
        }

        @Test
        void theDefaultClaimIsNotReadWhenAnotherIsConfigured() {
            assertThat(groups.role(Map.of("roles", List.of("oekonomi", "Ledere")))).isEmpty();
        }
    }
}
