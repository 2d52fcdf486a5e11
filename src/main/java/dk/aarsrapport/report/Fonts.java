package dk.aarsrapport.report;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFamily;

/** The report fonts (JasperReports' font extensions), loaded at once instead of at the first fill. */
public final class Fonts {

    private Fonts() {
    }

    /**
     * Reads every font extension: JasperReports loads each face of each family as it reads them, and the JDK
     * writes each as a temp copy; done here, the process can note which copies are its own.
     */
    public static int load() {
        return DefaultJasperReportsContext.getInstance().getExtensions(FontFamily.class).size();
    }
}
