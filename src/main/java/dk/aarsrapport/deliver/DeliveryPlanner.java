package dk.aarsrapport.deliver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.Sha256;
import dk.aarsrapport.plan.Document;
import dk.aarsrapport.plan.Recipient;
import dk.aarsrapport.plan.RunPlan;
import dk.aarsrapport.plan.RunPlans;
import dk.aarsrapport.stage.MaalRammer;
import dk.aarsrapport.stage.Modtager;
import dk.aarsrapport.stage.StagedData;
import dk.aarsrapport.validate.EmailAddresses;

/**
 * Decides, for each {@code Modtagere} row in order, which published pack it gets — or why it gets nothing:
 * an invalid address, no pack, a pack holding a politikområde that validation blocked (unless drafts are
 * to be sent, then the draft pack), a pack over the size limit, or a pack it already has. "Already has":
 * with {@code ved-ændring}, any earlier mail of the same content (same sha256, or same fingerprint when only
 * the bytes of an unchanged document differ); with {@code altid}, a mail of the same file sent by a run that
 * was killed or failed after the last completed one, so a rerun after a crash sends nothing twice. When the
 * delivery log has no mail of the pack to the recipient, the published udsendelse.csv is asked too: a database
 * that was lost (moved aside as damaged, or deleted) must not make the next run mail every pack again.
 */
@Component
class DeliveryPlanner {

    /** One recipient's line of the plan: what to attach, or ({@code skip} not null) why nothing is sent. */
    record Planned(int seq, Modtager modtager, String relative, Path file, long bytes, String sha256,
                   String fingerprint, MailComposer.Pack pack, DeliveryLog.Status skip, String reason) {
    }

    private final StagedData staged;
    private final RunPlans plans;
    private final DeliveryLog log;
    private final DeliverySettings settings;

    DeliveryPlanner(StagedData staged, RunPlans plans, DeliveryLog log, DeliverySettings settings) {
        this.staged = staged;
        this.plans = plans;
        this.log = log;
        this.settings = settings;
    }

    List<Planned> plan(Delivery.Request r) throws IOException {
        RunPlan runPlan = plans.of(r.run());
        Map<String, String> fingerprints = runPlan.files();
        String outputDir = r.output().toString();
        Long lastCompleted = staged.lastCompletedGenerate(outputDir, r.run());
        UdsendelseProperties.Policy policy = settings.policy();
        PublishedDeliveries published = PublishedDeliveries.read(r.output());
        List<Planned> plan = new ArrayList<>();
        int seq = 0;
        for (Recipient recipient : runPlan.recipients()) {
            Modtager m = recipient.modtager();
            seq++;
            if (!EmailAddresses.valid(m.email())) {
                plan.add(skip(seq, m, null, DeliveryLog.Status.INVALID_ADDRESS, (m.email() == null ? "Der er ingen "
                        + "e-mailadresse" : "E-mailadressen \"" + m.email() + "\" er ikke gyldig") + " ("
                        + staged.cell(r.run(), m.origin(), "email") + "); se validering.html."));
                continue;
            }
            Document doc = recipient.pack();
            if (doc == null) {
                plan.add(skip(seq, m, null, DeliveryLog.Status.NO_PACK, "Intet politikområde hører til modtageren "
                        + "(række " + m.origin().row() + " i " + m.origin().sheet() + "); se validering.html."));
                continue;
            }
            List<String> withErrors = doc.blockedParts();
            boolean draft = false;
            if (!withErrors.isEmpty()) {
                Document kladde = recipient.draftPack();
                if (r.sendDrafts() && kladde != null) {
                    doc = kladde;
                    draft = true;
                } else {
                    // a whole-report recipient's pack also holds the goal frameworks, which can be blocked too
                    boolean onlyPolitikomraader = withErrors.stream().noneMatch(n -> n.startsWith(MaalRammer.UNIT_PREFIX));
                    plan.add(skip(seq, m, doc.relative(), DeliveryLog.Status.BLOCKED, "Pakken indeholder "
                            + (onlyPolitikomraader ? (withErrors.size() == 1 ? "et politikområde" : "politikområder")
                            : (withErrors.size() == 1 ? "en del" : "dele")) + " med valideringsfejl: "
                            + String.join(", ", withErrors) + (kladde != null ? "; kladden sendes kun med --send-drafts."
                            : "; se validering.html.")));
                    continue;
                }
            }
            Path file = r.output().resolve(doc.relative());
            if (!Files.isRegularFile(file)) {
                plan.add(skip(seq, m, doc.relative(), DeliveryLog.Status.NO_PACK, "Pakken " + doc.relative()
                        + " findes ikke i outputmappen."));
                continue;
            }
            long bytes = Files.size(file);
            if (bytes > settings.maxAttachmentBytes()) {
                plan.add(new Planned(seq, m, doc.relative(), file, bytes, null, null, null, DeliveryLog.Status.TOO_LARGE,
                        "Pakken er " + MailComposer.size(bytes) + ", over grænsen på "
                                + MailComposer.size(settings.maxAttachmentBytes())
                                + " (aarsrapport.udsendelse.max-vedhaeftning)."));
                continue;
            }
            String sha256 = Sha256.of(file);
            String fingerprint = fingerprints.get(doc.relative());
            MailComposer.Pack pack = new MailComposer.Pack(doc.relative(), sha256, doc.joinedParts(),
                    draft ? withErrors : List.of(),
                    draft);
            Optional<String> already = already(outputDir, m.email(), doc.relative(), sha256, fingerprint, r.run(),
                    lastCompleted, policy);
            if (already.isEmpty() && policy == UdsendelseProperties.Policy.ON_CHANGE) {
                already = published.delivered(m.email(), doc.relative()).filter(d -> d.sha256().equals(sha256))
                        .map(d -> "Ifølge " + DeliveryReport.FILE + " har modtageren allerede pakken fra kørsel "
                                + d.run() + ", og indholdet er uændret.");
            }
            plan.add(new Planned(seq, m, doc.relative(), file, bytes, sha256, fingerprint, pack,
                    already.isPresent() ? DeliveryLog.Status.UNCHANGED : null, already.orElse(null)));
        }
        return plan;
    }

    /** Why the recipient already has this pack, if it does. */
    private Optional<String> already(String outputDir, String email, String relative, String sha256, String fingerprint,
                                     long run, Long lastCompleted, UdsendelseProperties.Policy policy) {
        Optional<DeliveryLog.Entry> prior = log.lastDelivered(outputDir, email, relative, run);
        if (prior.isEmpty()) {
            return Optional.empty();
        }
        DeliveryLog.Entry p = prior.get();
        boolean sameFile = sha256.equals(p.sha256());
        boolean sameContent = sameFile || fingerprint != null && fingerprint.equals(p.fingerprint());
        boolean interrupted = lastCompleted == null || p.run() > lastCompleted;
        if (policy == UdsendelseProperties.Policy.ON_CHANGE ? !sameContent : !(sameFile && interrupted)) {
            return Optional.empty();
        }
        if (p.status() == DeliveryLog.Status.SENDING) {
            return Optional.of("Kørsel " + p.run() + " blev afbrudt, mens samme pakke blev afleveret til SMTP-serveren; "
                    + "den sendes ikke igen (kontrollér hos modtageren, om den kom frem).");
        }
        return Optional.of(policy == UdsendelseProperties.Policy.ON_CHANGE
                ? "Indholdet er uændret siden kørsel " + p.run() + ", som sendte det."
                : "Allerede sendt af kørsel " + p.run() + ", som blev afbrudt; sendes ikke igen.");
    }

    private static Planned skip(int seq, Modtager m, String relative, DeliveryLog.Status status, String reason) {
        return new Planned(seq, m, relative, null, 0, null, null, null, status, reason);
    }
}
