package dk.aarsrapport.validate;

import java.util.function.BiConsumer;

import org.springframework.stereotype.Component;

import dk.aarsrapport.stage.Accounts;
import dk.aarsrapport.stage.StagedData;

/** The staged accounts lines of a run, as one {@link Accounts} per politikområde, in reading order. */
@Component
class AccountsByArea {

    private final StagedData staged;

    AccountsByArea(StagedData staged) {
        this.staged = staged;
    }

    /**
     * Each politikområde's accounts in turn, keyed by {@link dk.aarsrapport.ingest.Texts#key}, in the
     * order they first appear; only one politikområde's lines are in memory at a time.
     */
    void forEach(long run, BiConsumer<String, Accounts> action) {
        for (String key : staged.regnskabAreaKeys(run)) {
            action.accept(key, Accounts.of(staged.regnskabByKey(run, key)));
        }
    }
}
