package dk.aarsrapport.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An upload the server refused for its size: back to the year page with a clear Danish message. */
@ControllerAdvice
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class UploadTooLarge {

    private final WebProperties settings;

    UploadTooLarge(WebProperties settings) {
        this.settings = settings;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(jakarta.servlet.http.HttpServletRequest request, RedirectAttributes flash) {
        String path = request.getRequestURI();
        java.util.regex.Matcher year = java.util.regex.Pattern.compile("/aar/(\\d{4})/").matcher(path);
        flash.addFlashAttribute("fejl", "Filen er for stor: højst " + settings.maxUpload().toMegabytes()
                + " MB kan uploades (indstillingen aarsrapport.web.max-upload). Intet er gemt.");
        return "redirect:" + (year.find() ? "/aar/" + year.group(1) : "/");
    }
}
