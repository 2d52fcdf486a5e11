package dk.aarsrapport.plan;

import dk.aarsrapport.stage.MaalRammer;
import dk.aarsrapport.stage.Politikomraade;

/**
 * A chapter of a joined document: a politikområde, or a goal framework after them. Two types, not one
 * record with nullable halves, so that every place that handles a part handles both kinds (a framework in
 * a recipient's pack once met code that asked it for its politikområde). {@code published} false: listed
 * in the contents only; {@code draft}: the draft is joined.
 */
public sealed interface Part permits Part.OfPolitikomraade, Part.OfRamme {

    boolean published();

    boolean draft();

    /** What the part is called: "10 Ældreområdet", "Målopfølgning: <Ramme>". */
    String name();

    /** The contents line: its name, with " (kladde)" for a draft. */
    default String label() {
        return name() + (draft() ? " (kladde)" : "");
    }

    /** The destination in the part's own pages that the contents line links to. */
    String anchor();

    /** The part's filled report, kept in the work folder for the documents that join it. */
    String printName();

    record OfPolitikomraade(Politikomraade politikomraade, boolean published, boolean draft) implements Part {

        @Override
        public String name() {
            return politikomraade.nr() + " " + politikomraade.navn();
        }

        @Override
        public String anchor() {
            return politikomraade.navn();
        }

        @Override
        public String printName() {
            return OutputNames.printName(politikomraade, draft);
        }
    }

    record OfRamme(String ramme, String slug, boolean published, boolean draft) implements Part {

        @Override
        public String name() {
            return MaalRammer.unit(ramme);
        }

        @Override
        public String anchor() {
            return OutputNames.anchor(ramme);
        }

        @Override
        public String printName() {
            return OutputNames.printName(slug, draft);
        }
    }
}
