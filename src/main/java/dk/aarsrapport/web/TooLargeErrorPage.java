package dk.aarsrapport.web;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * An oversize upload in a real server: Tomcat parses the multipart body already when Spring Security reads a
 * parameter, so the refusal comes as a 413 error dispatch and never reaches {@link UploadTooLarge}. Without
 * this the browser shows Spring's English fallback page; with it, the same Danish message and a way back.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class TooLargeErrorPage implements ErrorViewResolver {

    private static final Pattern YEAR = Pattern.compile("^/aar/(\\d{4})/");

    private final WebProperties settings;

    TooLargeErrorPage(WebProperties settings) {
        this.settings = settings;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        if (status != HttpStatus.CONTENT_TOO_LARGE) {
            return null;
        }
        Matcher year = YEAR.matcher(String.valueOf(model.get("path")));
        String back = year.find() ? "/aar/" + year.group(1) : "/";
        return new ModelAndView("for-stor", Map.of("besked", "Filen er for stor: højst "
                + settings.maxUpload().toMegabytes() + " MB kan uploades (indstillingen aarsrapport.web.max-upload). "
                + "Intet er gemt.", "tilbage", back), status);
    }
}
