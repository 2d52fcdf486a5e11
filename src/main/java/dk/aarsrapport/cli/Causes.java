package dk.aarsrapport.cli;

import java.util.Optional;

/** What a failure was, told by the type of an exception anywhere in its cause chain, never by its message. */
final class Causes {

    private Causes() {
    }

    static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
