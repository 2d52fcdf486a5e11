package dk.aarsrapport.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.aarsrapport.stage.MaalRammer;
import dk.aarsrapport.stage.Politikomraade;

/**
 * The names of what a run writes, said once: the published PDFs (drafts under {@code kladde/}), the filled
 * reports kept in the work folder for joining, and the anchors the contents link to.
 */
public final class OutputNames {

    /** Where the drafts go, beside the final files. */
    public static final String DRAFT_FOLDER = "kladde/";

    private OutputNames() {
    }

    /** politikomraader/<nr>-<slug>.pdf */
    public static String relativePath(Politikomraade p, boolean draft) {
        return (draft ? DRAFT_FOLDER : "") + "politikomraader/" + p.nr() + "-" + Slugs.slug(p.navn()) + ".pdf";
    }

    /** maalopfoelgning/<slug>.pdf */
    public static String relativePath(String rammeSlug, boolean draft) {
        return (draft ? DRAFT_FOLDER : "") + "maalopfoelgning/" + rammeSlug + ".pdf";
    }

    static String printName(Politikomraade p, boolean draft) {
        return "prints/" + (draft ? "kladde-" : "") + p.nr() + ".pdf";
    }

    static String printName(String rammeSlug, boolean draft) {
        return "prints/" + (draft ? "kladde-" : "") + "maal-" + rammeSlug + ".pdf";
    }

    /** The anchor of a Ramme's title in its pages. */
    public static String anchor(String ramme) {
        return MaalRammer.unit(ramme);
    }

    /** Each Ramme's slug by {@link MaalRammer.Ramme#key()}: two names with one slug get -2, -3 in order. */
    static Map<String, String> slugs(List<MaalRammer.Ramme> rammer) {
        Slugs.Registry registry = new Slugs.Registry();
        Map<String, String> out = new LinkedHashMap<>();
        rammer.forEach(r -> out.put(r.key(), registry.unique(r.navn())));
        return out;
    }
}
