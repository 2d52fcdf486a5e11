package dk.aarsrapport.ledger;

import java.math.BigDecimal;
import java.util.Optional;

import dk.aarsrapport.base.DanishNumbers;
import dk.aarsrapport.base.Texts;

/** Kroner per unit of an amount unit as Rapport states it: "kr." → 1, "1.000 kr." → 1.000, "mio. kr." → 1.000.000. */
final class Units {

    private Units() {
    }

    static BigDecimal kroner(String unit, BigDecimal absent) {
        if (unit == null || unit.isBlank()) {
            return absent;
        }
        String u = Texts.key(unit);
        if (u.contains("mio")) {
            return BigDecimal.valueOf(1_000_000);
        }
        String number = u.replace("kr.", "").replace("kr", "").strip();
        if (number.isEmpty()) {
            return BigDecimal.ONE;
        }
        Optional<BigDecimal> parsed = DanishNumbers.parse(number);
        return parsed.filter(p -> p.signum() > 0).orElse(absent);
    }
}
