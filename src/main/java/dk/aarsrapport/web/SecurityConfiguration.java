package dk.aarsrapport.web;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may do what in the console. Every page and every output file needs a login (only the login page and
 * the style sheet do not); a request that changes something (any method but GET) needs the role oekonomi,
 * so a laeser gets 403 for a POST made by hand; every form carries a CSRF token (Spring Security's default,
 * kept on); the secure headers are Spring Security's, with a content security policy that allows no inline
 * script and nothing from another origin. With an OpenID Connect provider configured, its login is offered
 * beside the password (see {@link OidcRoles}).
 */
@Configuration
@EnableWebSecurity
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain console(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> providers,
            WebProperties settings) throws Exception {
        if (providers.getIfAvailable() != null) {
            // beside the users' table, not instead of it: the local users stay for when the provider is away
            http.oauth2Login(o -> o.loginPage("/login").defaultSuccessUrl("/", false)
                    .userInfoEndpoint(u -> u.oidcUserService(new OidcRoles(settings.oidc())))
                    .failureHandler(providerFailure()));
        }
        http.authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, "/login", "/css/**", "/js/**", "/favicon.ico").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/**").authenticated()
                        .requestMatchers(HttpMethod.HEAD, "/**").authenticated()
                        .anyRequest().hasRole(Role.OEKONOMI.name()))
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(failure())
                        .permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?ude"))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** A wrong password and a refused attempt during the wait get different words on the login page. */
    private static AuthenticationFailureHandler failure() {
        return (request, response, e) -> {
            String query = e instanceof LoginThrottle.Wait wait ? "vent=" + wait.seconds() : "fejl";
            try {
                response.sendRedirect(request.getContextPath() + "/login?" + query);
            } catch (IOException io) {
                throw new java.io.UncheckedIOException(io);
            }
        };
    }

    /** A user the provider let in but who has no role here is told so, not that the password was wrong. */
    private static AuthenticationFailureHandler providerFailure() {
        return (request, response, e) -> {
            boolean noRole = e instanceof OAuth2AuthenticationException o
                    && OidcRoles.NO_ROLE.equals(o.getError().getErrorCode());
            response.sendRedirect(request.getContextPath() + "/login?" + (noRole ? "ingen-rolle" : "udbyder-fejl"));
        };
    }

    /**
     * The one way in with a password: the users' table behind the slowing. It is the only authentication
     * bean, so Spring Boot makes no default user, and no second manager could check a password the
     * throttle refused.
     */
    @Bean
    AuthenticationProvider login(WebUsers users) {
        DaoAuthenticationProvider checked = new DaoAuthenticationProvider(details(users));
        checked.setPasswordEncoder(WebUsers.ENCODER);
        return new LoginThrottle(checked, Clock.systemUTC());
    }

    private static UserDetailsService details(WebUsers users) {
        return name -> users.find(name).map(u -> User.withUsername(name).password(u.hash())
                        .authorities(List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                u.role().authority()))).build())
                .orElseThrow(() -> new UsernameNotFoundException("Ukendt bruger"));
    }
}
