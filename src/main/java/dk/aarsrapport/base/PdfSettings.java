package dk.aarsrapport.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether PDFs are written as tagged PDF/A-2a + PDF/UA-1 (the default) or plain, with
 * `generate --no-pdfa` (property aarsrapport.pdfa=false): plain saves about 6 ms of 37 per
 * politikområde, for trial runs whose PDFs are not published.
 */
@Component
public class PdfSettings {

    private final boolean conformance;

    PdfSettings(@Value("${aarsrapport.pdfa:true}") boolean conformance) {
        this.conformance = conformance;
    }

    public boolean conformance() {
        return conformance;
    }
}
