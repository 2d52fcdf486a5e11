package dk.aarsrapport.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login form; Spring Security takes its POST. */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam java.util.Map<String, String> query, Model model) {
        String vent = query.get("vent");
        if (vent != null && vent.matches("\\d{1,4}")) {
            model.addAttribute("besked", "For mange forkerte forsøg; vent " + vent + " sekunder, og prøv igen.");
        } else if (query.containsKey("fejl")) {
            model.addAttribute("besked", "Forkert brugernavn eller adgangskode.");
        } else if (query.containsKey("ude")) {
            model.addAttribute("info", "Du er logget ud.");
        }
        return "login";
    }
}
