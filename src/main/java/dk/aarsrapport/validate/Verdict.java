package dk.aarsrapport.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.MaalRammer;
import dk.aarsrapport.stage.Politikomraade;
import dk.aarsrapport.stage.StagedData;

/**
 * What validation decided about a run: which politikområder and which goal frameworks may not be published.
 * Read once per run, by the plan of a generate and by the report of a validate.
 *
 * @param blocked       the blocked politikområder, as {@link Texts#key} of their names
 * @param blockedRammer the blocked frameworks, as {@link MaalRammer.Ramme#key()}
 */
public record Verdict(List<Politikomraade> politikomraader, List<MaalRammer.Ramme> rammer, Set<String> blocked,
                      Set<String> blockedRammer) {

    public Verdict {
        politikomraader = List.copyOf(politikomraader);
        rammer = List.copyOf(rammer);
        blocked = Set.copyOf(blocked);
        blockedRammer = Set.copyOf(blockedRammer);
    }

    public boolean isBlocked(Politikomraade p) {
        return blocked.contains(Texts.key(p.navn()));
    }

    public boolean isBlocked(MaalRammer.Ramme r) {
        return blockedRammer.contains(r.key());
    }

    /** Each politikområde by name and each framework as "Målopfølgning: <Ramme>", whether it may be published. */
    public Map<String, Boolean> published() {
        Map<String, Boolean> out = new LinkedHashMap<>();
        politikomraader.forEach(p -> out.put(p.navn(), !isBlocked(p)));
        rammer.forEach(r -> out.put(MaalRammer.unit(r.navn()), !isBlocked(r)));
        return out;
    }

    /** Reads the verdict of a run from its staged data and findings. */
    @Component
    public static class Reader {

        private final StagedData staged;
        private final BlockedPolitikomraader blockedPolitikomraader;
        private final BlockedRammer blockedRammer;

        Reader(StagedData staged, BlockedPolitikomraader blockedPolitikomraader, BlockedRammer blockedRammer) {
            this.staged = staged;
            this.blockedPolitikomraader = blockedPolitikomraader;
            this.blockedRammer = blockedRammer;
        }

        public Verdict of(long run) {
            return new Verdict(staged.politikomraader(run), staged.rammer(run), blockedPolitikomraader.of(run),
                    blockedRammer.of(run));
        }
    }
}
