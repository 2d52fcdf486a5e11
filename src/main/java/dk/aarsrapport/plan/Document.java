package dk.aarsrapport.plan;

import java.util.List;

/**
 * A joined document: the whole report or a pack. {@code modtager} is the cover's recipient line ("Til: …",
 * null for the whole report); {@code kladde} puts it under kladde/ with the draft mark on its cover.
 */
public record Document(String label, String relative, String modtager, List<Part> parts, boolean kladde,
                       Decision decision, String fingerprint) {

    public Document {
        parts = List.copyOf(parts);
    }

    /** The names of the parts that validation blocked, which the final document lists in its contents only. */
    public List<String> blockedParts() {
        return parts.stream().filter(p -> !p.published()).map(Part::name).toList();
    }

    /** The names of the parts whose pages the document holds. */
    public List<String> joinedParts() {
        return parts.stream().filter(p -> p.published() || p.draft()).map(Part::name).toList();
    }
}
