package dk.aarsrapport.stage;

import java.math.BigDecimal;

/** A measured indicator value; the texts keep the value as shown, for "at the shown precision" checks. */
public record Maaling(String politikomraade, String maal, String indikator, String serie, Integer aar,
                      String periode, BigDecimal taeller, BigDecimal naevner, BigDecimal vaerdi, String vaerdiTekst,
                      BigDecimal maalvaerdi, String maalvaerdiTekst, String enhed, Origin origin) {
}
