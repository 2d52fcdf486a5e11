package dk.aarsrapport.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dk.aarsrapport.ingest.Texts;
import dk.aarsrapport.stage.Accounts;
import dk.aarsrapport.stage.RegnskabLinje;
import dk.aarsrapport.stage.StagedData;

/** The staged accounts lines of a run, as one {@link Accounts} per politikområde, in reading order. */
@Component
class AccountsByArea {

    private final StagedData staged;

    AccountsByArea(StagedData staged) {
        this.staged = staged;
    }

    Map<String, Accounts> of(long run) {
        Map<String, List<RegnskabLinje>> byArea = new LinkedHashMap<>();
        for (RegnskabLinje l : staged.regnskab(run)) {
            byArea.computeIfAbsent(Texts.key(l.politikomraade()), k -> new ArrayList<>()).add(l);
        }
        Map<String, Accounts> result = new LinkedHashMap<>();
        byArea.forEach((k, lines) -> result.put(k, Accounts.of(lines)));
        return result;
    }
}
