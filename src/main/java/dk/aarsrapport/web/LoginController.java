package dk.aarsrapport.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login form, and a link per OpenID Connect provider when one is configured; Spring Security takes the POST. */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class LoginController {

    /** A provider's button: its name as configured (client-name) and where Spring Security starts its login. */
    record Provider(String name, String href) {
    }

    private final List<Provider> providers;

    LoginController(ObjectProvider<ClientRegistrationRepository> registrations) {
        // Boot's repository from spring.security.oauth2.client.registration.* is the in-memory one, iterable
        List<Provider> found = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object r : all) {
                ClientRegistration c = (ClientRegistration) r;
                found.add(new Provider(c.getClientName(), "/oauth2/authorization/" + c.getRegistrationId()));
            }
        }
        this.providers = List.copyOf(found);
    }

    @GetMapping("/login")
    String login(@RequestParam java.util.Map<String, String> query, Model model) {
        model.addAttribute("udbydere", providers);
        String vent = query.get("vent");
        if (vent != null && vent.matches("\\d{1,4}")) {
            model.addAttribute("besked", "For mange forkerte forsøg; vent " + vent + " sekunder, og prøv igen.");
        } else if (query.containsKey("fejl")) {
            model.addAttribute("besked", "Forkert brugernavn eller adgangskode.");
        } else if (query.containsKey("ingen-rolle")) {
            model.addAttribute("besked", "Du er logget ind hos udbyderen, men har ingen rolle i årsberetningen "
                    + "(oekonomi eller laeser). Bed kommunens IT om at give dig en.");
        } else if (query.containsKey("udbyder-fejl")) {
            model.addAttribute("besked", "Login hos udbyderen mislykkedes. Prøv igen, eller log ind med "
                    + "brugernavn og adgangskode.");
        } else if (query.containsKey("ude")) {
            model.addAttribute("info", "Du er logget ud.");
        }
        return "login";
    }
}
