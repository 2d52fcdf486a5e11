package dk.aarsrapport.base;

import java.util.Arrays;
import java.util.Optional;

/** The sheets of input-format.md, found by name with or without Danish letters. */
public enum SheetKind {
    RAPPORT("Rapport"),
    POLITIKOMRAADER("Politikområder"),
    REGNSKAB("Regnskab"),
    TEKSTER("Tekster"),
    EFFEKTMAAL("Effektmål"),
    MAALINGER("Målinger"),
    MODTAGERE("Modtagere"),
    MAALOPFOELGNING("Målopfølgning"),
    KONTI("Konti"),
    KONTOPLAN("Kontoplan"),
    VEJLEDNING("Vejledning");

    private final String displayName;

    SheetKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<SheetKind> of(String sheetName) {
        String key = Texts.key(sheetName);
        return Arrays.stream(values()).filter(k -> Texts.key(k.displayName).equals(key)).findFirst();
    }
}
