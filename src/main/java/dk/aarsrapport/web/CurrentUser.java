package dk.aarsrapport.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's header names who is logged in; only an oekonomi is shown the controls that change things. */
@ControllerAdvice
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class CurrentUser {

    @ModelAttribute("bruger")
    String name(Authentication auth) {
        return auth == null ? null : auth.getName();
    }

    @ModelAttribute("oekonomi")
    boolean mayChange(Authentication auth) {
        return isOekonomi(auth);
    }

    static boolean isOekonomi(Authentication auth) {
        return auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> Role.OEKONOMI.authority().equals(a.getAuthority()));
    }
}
