package dk.aarsrapport.content;

import java.util.List;
import java.util.Map;

/**
 * Everything one report is filled from: its compiled template (a class-path resource), its parameters and
 * the rows of its bean data source. The renderer fills exactly this and the plan fingerprints exactly this,
 * so what a PDF shows and what decides whether it must be drawn again cannot drift apart.
 *
 * @param name the report's name: the PDF's title and the politikområde or Ramme it is about
 */
public record FillInput(String template, String name, Map<String, Object> parameters, List<?> rows) {

    public static final String POLITIKOMRAADE_TEMPLATE = "templates/politikomraade.jasper";
    public static final String MAALOPFOELGNING_TEMPLATE = "templates/maalopfoelgning.jasper";
    public static final String COVER_TEMPLATE = "templates/forside.jasper";

    /** The mark on every page of a draft (a report of something validation blocked). */
    public static final String DRAFT_MARK = "KLADDE – indeholder valideringsfejl";

    public FillInput {
        parameters = Map.copyOf(parameters);
        rows = List.copyOf(rows);
    }
}
