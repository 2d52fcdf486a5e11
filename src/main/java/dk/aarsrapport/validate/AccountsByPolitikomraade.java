package dk.aarsrapport.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.Accounts;
import dk.aarsrapport.stage.RegnskabLinje;
import dk.aarsrapport.stage.StagedData;

/** The staged accounts lines of a run, as one {@link Accounts} per politikområde, in reading order. */
@Component
class AccountsByPolitikomraade {

    private final StagedData staged;

    AccountsByPolitikomraade(StagedData staged) {
        this.staged = staged;
    }

    /**
     * Each politikområde's accounts in turn, keyed by {@link Texts#key}; only one politikområde's lines
     * are in memory at a time. The lines are read in one pass in reading order, where a politikområde's
     * lines normally stand together, and each is handed on at its last line; a politikområde whose lines
     * are spread over the sheet (or over several files) is read on its own afterwards. Reading per
     * politikområde alone would jump about the database's disk cache for a million lines.
     */
    void forEach(long run, BiConsumer<String, Accounts> action) {
        forEachLines(run, (key, lines) -> action.accept(key, Accounts.of(lines)));
    }

    /** As {@link #forEach}, with the lines as staged (the I alt row among them). */
    void forEachLines(long run, BiConsumer<String, List<RegnskabLinje>> action) {
        Map<String, StagedData.AreaSpan> spans = new HashMap<>();
        for (StagedData.AreaSpan span : staged.regnskabSpans(run)) {
            spans.put(span.areaKey(), span);
        }
        List<String> spread = new ArrayList<>();
        List<RegnskabLinje> current = new ArrayList<>();
        String[] currentKey = {null};
        staged.forEachRegnskab(run, (line, seq) -> {
            String key = Texts.key(line.politikomraade());
            StagedData.AreaSpan span = spans.get(key);
            if (span == null || !span.contiguous()) {
                if (span != null && span.firstSeq() == seq) {
                    spread.add(key);
                }
                return;
            }
            if (!key.equals(currentKey[0])) {
                current.clear();
                currentKey[0] = key;
            }
            current.add(line);
            if (seq == span.lastSeq()) {
                action.accept(key, List.copyOf(current));
                current.clear();
                currentKey[0] = null;
            }
        });
        for (String key : spread) {
            action.accept(key, staged.regnskabByKey(run, key));
        }
    }
}
