package dk.aarsrapport.report;

import dk.aarsrapport.plan.Decision;

/**
 * What became of one planned report or document: {@code file} is what was written or left as the last run made
 * it ({@code unchanged}), null when validation kept it from being published.
 *
 * @param subject the planned politikområde, goal framework or document
 */
public record RenderOutcome(Object subject, String label, Decision decision, RenderedFile file, boolean unchanged) {

    /** The console line: "10 Ældreområdet → politikomraader/10-aeldreomraadet.pdf (4 sider)", "pakker/x.pdf (3 sider)", "…: uændret". */
    public String line() {
        if (file == null) {
            return label + ": ikke udgivet (valideringsfejl)";
        }
        if (unchanged) {
            return label + ": uændret";
        }
        String where = label.equals(file.relativePath()) ? label : label + " → " + file.relativePath();
        return where + " (" + file.pages() + (file.pages() == 1 ? " side)" : " sider)");
    }
}
