package dk.aarsrapport.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * An OpenID Connect login becomes a console user with the role its claim gives. The provider has checked who
 * the user is; what they may do here is the kommune's decision, made where its other rights are made (an app
 * role in Entra ID, a group elsewhere), so a user whose token carries neither value is refused at the door
 * rather than let in with no role: the console has no page for someone who may see nothing.
 */
final class OidcRoles implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The OAuth2 error code the login page turns into its Danish message. */
    static final String NO_ROLE = "aarsrapport_ingen_rolle";

    private final OidcUserService provider = new OidcUserService();
    private final WebProperties.Oidc settings;

    OidcRoles(WebProperties.Oidc settings) {
        this.settings = settings;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        Role role = role(user.getClaims()).orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(
                NO_ROLE, "Brugeren har hverken " + settings.oekonomi() + " eller " + settings.laeser()
                        + " i kravet " + settings.rolleClaim(), null)));
        String name = user.getClaims().get(settings.navneClaim()) != null ? settings.navneClaim() : "sub";
        return new DefaultOidcUser(List.of(new SimpleGrantedAuthority(role.authority())), user.getIdToken(),
                user.getUserInfo(), name);
    }

    /**
     * The strongest role the claim gives: one who is both may change things. The claim may be a single
     * string or a list, as providers differ; values are compared exactly, as a role's value is an identifier.
     */
    Optional<Role> role(Map<String, Object> claims) {
        Object claim = claims.get(settings.rolleClaim());
        Collection<?> values = claim instanceof Collection<?> many ? many : claim == null ? List.of() : List.of(claim);
        List<String> given = values.stream().map(String::valueOf).toList();
        if (given.contains(settings.oekonomi())) {
            return Optional.of(Role.OEKONOMI);
        }
        return given.contains(settings.laeser()) ? Optional.of(Role.LAESER) : Optional.empty();
    }
}
