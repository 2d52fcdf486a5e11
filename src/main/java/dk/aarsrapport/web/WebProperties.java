package dk.aarsrapport.web;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The console's settings. {@code rod}: the folder holding {@code input/} and {@code output/}, as for the
 * command line and the schedule (the working folder); {@code maxUpload}: the largest file an upload may be;
 * {@code oidc}: how an OpenID Connect login's claims become a user of the console.
 */
@ConfigurationProperties("aarsrapport.web")
public record WebProperties(@DefaultValue(".") Path rod, @DefaultValue("50MB") DataSize maxUpload,
        @DefaultValue Oidc oidc) {

    Path input(int year) {
        return rod.resolve("input").resolve(String.valueOf(year));
    }

    Path output(int year) {
        return rod.resolve("output").resolve(String.valueOf(year));
    }

    /**
     * Used only when a provider is configured under {@code spring.security.oauth2.client.registration}.
     * {@code rolleClaim}: the id_token claim holding the user's roles (Entra ID's app roles are
     * {@code roles}), a string or a list; {@code oekonomi} and {@code laeser}: the values in it that give
     * each role (an app role's value in Entra, a group's name elsewhere); {@code navneClaim}: the claim
     * that names the user in the header and the run history ({@code sub} when the token lacks it).
     */
    public record Oidc(@DefaultValue("roles") String rolleClaim, @DefaultValue("oekonomi") String oekonomi,
            @DefaultValue("laeser") String laeser, @DefaultValue("preferred_username") String navneClaim) {
    }
}
