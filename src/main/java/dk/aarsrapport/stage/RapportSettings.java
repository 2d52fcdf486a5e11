package dk.aarsrapport.stage;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import dk.aarsrapport.base.DanishNumbers;
import dk.aarsrapport.base.Texts;

/**
 * The yes/no settings of the {@code Rapport} sheet, read one way for the rule that checks them and the content
 * that obeys them: {@code ja} or {@code nej} in any case, blank as absent.
 */
public final class RapportSettings {

    /** With {@code ja}, each politikområde's PDF ends with "Specifikation af regnskabet" (cli-and-output.md). */
    public static final String KONTOSPECIFIKATION = "Kontospecifikation";

    private RapportSettings() {
    }

    /** The value as yes or no; empty when it is neither (a finding, and the setting counts as {@code nej}). */
    public static Optional<Boolean> yesNo(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(false);
        }
        return switch (Texts.key(value).strip()) {
            case "ja" -> Optional.of(true);
            case "nej" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** Whether {@code rapport} (keys by {@link Texts#key}) asks for the accounts appendix. */
    public static boolean kontospecifikation(Map<String, String> rapport) {
        return yesNo(rapport.get(Texts.key(KONTOSPECIFIKATION))).orElse(false);
    }

    /** Kroner per unit of the report's amounts, by its Beløbsenhed: "1.000 kr." (the default) → 1000. */
    public static BigDecimal kronerPerUnit(Map<String, String> rapport) {
        return DanishNumbers.kronerPerUnit(rapport.get(Texts.key("Beløbsenhed")), BigDecimal.valueOf(1000));
    }
}
