package dk.aarsrapport.base;

/** What a run does with the packs of the {@code Modtagere} rows: nothing, mail them, or write the mails as .eml. */
public enum DeliveryMode {
    NONE, SEND, DRY_RUN
}
