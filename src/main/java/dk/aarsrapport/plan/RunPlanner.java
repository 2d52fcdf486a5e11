package dk.aarsrapport.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.RunContext;
import dk.aarsrapport.base.Texts;
import dk.aarsrapport.content.FillInput;
import dk.aarsrapport.stage.MaalRammer;
import dk.aarsrapport.stage.Modtager;
import dk.aarsrapport.stage.Politikomraade;
import dk.aarsrapport.stage.StagedData;
import dk.aarsrapport.validate.Verdict;

/**
 * Makes the plan of a generate run from its staged data, validation's verdict and the previous output: each
 * report's fingerprint is taken from the input that would fill it, so a report whose input is what the last
 * published file was made from, and whose file is still in place, is left alone (unless {@code --force}).
 */
@Component
public class RunPlanner {

    private final StagedData staged;
    private final Verdict.Reader verdicts;
    private final Fills fills;
    private final Fingerprints fingerprints;

    RunPlanner(StagedData staged, Verdict.Reader verdicts, Fills fills, Fingerprints fingerprints) {
        this.staged = staged;
        this.verdicts = verdicts;
        this.fills = fills;
        this.fingerprints = fingerprints;
    }

    public RunPlan plan(RunContext run) {
        Verdict verdict = verdicts.of(run.runId());
        PreviousOutput previous = PreviousOutput.read(run.output());
        Map<String, String> rapport = staged.rapport(run.runId());
        List<MaalRammer.Ramme> rammer = verdict.rammer();
        Map<String, String> slugs = OutputNames.slugs(rammer);
        Map<Part, String> partFingerprints = new HashMap<>();

        List<Planned<Politikomraade>> politikomraader = new ArrayList<>();
        for (Politikomraade p : verdict.politikomraader()) {
            boolean blocked = verdict.isBlocked(p);
            String label = p.nr() + " " + p.navn();
            if (blocked && !run.draft()) {
                politikomraader.add(new Planned<>(p, label, true, Decision.NOT_PUBLISHED, null, null, null));
                continue;
            }
            FillInput fill = fills.of(run, verdict, p, blocked, rapport);
            Planned<Politikomraade> planned = planned(run, previous, p, label, blocked,
                    OutputNames.relativePath(p, blocked), OutputNames.printName(p, blocked), fingerprints.of(fill));
            politikomraader.add(planned);
            partFingerprints.put(new Part.OfPolitikomraade(p, true, blocked), planned.fingerprint());
        }
        List<Planned<MaalRammer.Ramme>> frameworks = new ArrayList<>();
        for (MaalRammer.Ramme r : rammer) {
            boolean blocked = verdict.isBlocked(r);
            String label = MaalRammer.unit(r.navn());
            if (blocked && !run.draft()) {
                frameworks.add(new Planned<>(r, label, true, Decision.NOT_PUBLISHED, null, null, null));
                continue;
            }
            String slug = slugs.get(r.key());
            FillInput fill = fills.of(run, verdict, r, blocked, rapport);
            Planned<MaalRammer.Ramme> planned = planned(run, previous, r, label, blocked,
                    OutputNames.relativePath(slug, blocked), OutputNames.printName(slug, blocked), fingerprints.of(fill));
            frameworks.add(planned);
            partFingerprints.put(new Part.OfRamme(r.navn(), slug, true, blocked), planned.fingerprint());
        }

        RunPlan.Cover cover = new RunPlan.Cover(rapport.get(Texts.key("Kommune")),
                rapport.getOrDefault(Texts.key("Titel"), verdict.politikomraader().isEmpty()
                        ? Documents.wholeReportLabel(run.year(), false) : null), run.year());
        Documents documents = new Documents(verdict, slugs);
        List<Modtager> modtagere = staged.modtagere(run.runId());
        Documents.Made finals = documents.make(run.year(), modtagere, false);
        Documents.Made drafts = run.draft() && documents.anyBlocked() ? documents.make(run.year(), modtagere, true)
                : null;
        Map<Document, Document> planned = new HashMap<>();
        List<Document> all = new ArrayList<>();
        for (Documents.Made made : drafts == null ? List.of(finals) : List.of(finals, drafts)) {
            for (Document d : made.documents()) {
                String fingerprint = fingerprints.document(d, cover, partFingerprints);
                boolean unchanged = !run.force() && previous.unchanged(run.output(), d.relative(), fingerprint);
                Document p = new Document(d.label(), d.relative(), d.modtager(), d.parts(), d.kladde(),
                        unchanged ? Decision.UNCHANGED : Decision.DRAW, fingerprint);
                planned.put(d, p);
                all.add(p);
            }
        }
        List<Recipient> recipients = new ArrayList<>();
        for (int i = 0; i < modtagere.size(); i++) {
            Document pack = finals.byRecipient().get(i);
            Document draft = drafts == null ? null : drafts.byRecipient().get(i);
            recipients.add(new Recipient(modtagere.get(i), pack == null ? null : planned.get(pack),
                    draft == null ? null : planned.get(draft)));
        }
        return new RunPlan(run, verdict, previous, politikomraader, frameworks, all, recipients, cover);
    }

    private static <T> Planned<T> planned(RunContext run, PreviousOutput previous, T subject, String label,
                                          boolean blocked, String relative, String printName, String fingerprint) {
        boolean unchanged = !run.force() && previous.unchanged(run.output(), relative, fingerprint);
        return new Planned<>(subject, label, blocked, unchanged ? Decision.UNCHANGED : Decision.DRAW, relative,
                printName, fingerprint);
    }
}
