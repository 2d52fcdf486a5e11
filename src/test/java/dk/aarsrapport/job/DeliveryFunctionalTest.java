package dk.aarsrapport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.support.ChildJvm;
import dk.aarsrapport.base.Sha256;
import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.CsvFixture;
import dk.aarsrapport.support.MailServer;
import dk.aarsrapport.support.Mails;
import dk.aarsrapport.support.Samples;
import dk.aarsrapport.support.SmtpFaultProxy;
import dk.aarsrapport.support.TestDatabase;
import jakarta.mail.internet.MimeMessage;

/**
 * Delivery end to end: the whole command line against a real SMTP server in the test's process
 * (GreenMail), sometimes behind a relay that fails on purpose. Every mail is read back as a client reads
 * it: subject, body, attachment, and the attachment's sha256 against the published pack.
 */
class DeliveryFunctionalTest {

    static final String A10 = "10 Arbejdsmarkeds- og overførselsområdet";
    static final String A20 = "20 Beskæftigelsestilbud";
    static final String SUBJECT = "Viborg Kommune: Regnskab 2015 – Årsberetning";

    /** The sample's Modtagere rows and the pack each must get. */
    record Recipient(String navn, String email, String pack, List<String> areas) {
    }

    static final List<Recipient> SAMPLE = List.of(
            new Recipient("Beskæftigelsesudvalget", "beskaeftigelsesudvalget@example.org",
                    "pakker/beskaeftigelsesudvalget.pdf", List.of(A10, A20)),
            new Recipient("Direktør for Job & Velfærd", "direktoer.jobogvelfaerd@example.org",
                    "pakker/direktoer-for-job-velfaerd.pdf", List.of(A10, A20)),
            new Recipient("Leder af Beskæftigelsestilbud", "leder.beskaeftigelsestilbud@example.org",
                    "pakker/leder-af-beskaeftigelsestilbud.pdf", List.of(A20)));

    @TempDir
    Path tmp;

    MailServer mail;
    Path in;
    Path out;
    Path data;

    @BeforeEach
    void sample() throws IOException {
        mail = new MailServer();
        in = Samples.copy(Samples.CSV_2015, tmp.resolve("input/2015"));
        out = tmp.resolve("output/2015");
        data = tmp.resolve("data");
    }

    @AfterEach
    void stop() {
        mail.close();
    }

    private CliRun generate(List<String> settings, String... options) {
        List<String> args = new ArrayList<>(List.of("generate", "--input", in.toString(), "--output", out.toString()));
        args.addAll(List.of(options));
        return CliRun.with(settings, data, args.toArray(String[]::new));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** Asserts that {@code message} is {@code r}'s mail carrying the published file {@code pack}. */
    private void assertCarries(MimeMessage message, Recipient r, String pack, boolean draft) throws Exception {
        assertThat(message.getSubject()).isEqualTo(draft ? "KLADDE – " + SUBJECT : SUBJECT);
        assertThat(message.getFrom()).singleElement().satisfies(from -> {
            assertThat(((jakarta.mail.internet.InternetAddress) from).getAddress()).isEqualTo("oekonomi@kommune.example");
            assertThat(((jakarta.mail.internet.InternetAddress) from).getPersonal()).isEqualTo("Økonomi");
        });
        assertThat(message.getHeader("From")[0]).as("header in ASCII, name encoded").matches("\\p{ASCII}+");
        String body = Mails.text(message);
        assertThat(body).contains("Til " + r.navn(), "Dannet: ", "Validering: ", "Regnskab 2015 – Årsberetning",
                "Viborg Kommune");
        for (String area : r.areas()) {
            assertThat(body).contains("• " + area);
        }
        if (r.areas().size() == 1) {
            assertThat(body).doesNotContain(A10);
        }
        assertThat(body).contains(draft ? "KLADDE – indeholder valideringsfejl" : "valideret uden fejl");
        List<Mails.Attachment> attachments = Mails.attachments(message);
        assertThat(attachments).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo(pack.substring(pack.lastIndexOf('/') + 1));
            assertThat(a.contentType()).startsWith("application/pdf");
            assertThat(sha256(a.bytes())).as("attachment of %s is the published %s", r.email(), pack)
                    .isEqualTo(Sha256.of(out.resolve(pack)));
        });
        assertThat(body).contains(Sha256.of(out.resolve(pack)));
    }

    private List<String> deliveryCsv() throws IOException {
        return Files.readAllLines(out.resolve("udsendelse.csv"), StandardCharsets.UTF_8);
    }

    @Test
    void everyRecipientGetsExactlyItsPackOnceAndARerunSendsNothing() throws Exception {
        CliRun first = generate(mail.settings(), "--send");
        assertThat(first.exit).as(first.toString()).isZero();
        assertThat(first.out).contains("Udsendelse: 3 sendt, 0 uændret, 0 ikke sendt, 0 fejlet");
        assertThat(mail.received()).hasSize(SAMPLE.size());
        for (Recipient r : SAMPLE) {
            assertThat(mail.to(r.email())).as(r.email()).singleElement()
                    .satisfies(m -> assertCarries(m, r, r.pack(), false));
        }
        List<String> csv = deliveryCsv();
        assertThat(csv.get(0)).isEqualTo("\uFEFFKørsel;Tidspunkt;Modtager;E-mail;Pakke;Sha256;Status;Forsøg;Svar");
        assertThat(csv).hasSize(1 + SAMPLE.size());
        for (int i = 0; i < SAMPLE.size(); i++) {
            Recipient r = SAMPLE.get(i);
            assertThat(csv.get(i + 1)).contains(r.email(), r.pack(), Sha256.of(out.resolve(r.pack())), ";sendt;1;250");
        }

        CliRun again = generate(mail.settings(), "--send");
        assertThat(again.exit).as(again.toString()).isZero();
        assertThat(mail.received()).as("a rerun sends nothing").hasSize(SAMPLE.size());
        assertThat(again.out).contains("Udsendelse: 0 sendt, 3 uændret");
        assertThat(deliveryCsv()).filteredOn(l -> l.contains("ikke sendt: uændret")).hasSize(SAMPLE.size());

        // history: what went to whom, per run (the last two runs are these two: on PostgreSQL the history is shared)
        CliRun history = CliRun.of(data, "history", "--last", "2");
        List<String> lines = history.out.lines().toList();
        assertThat(lines).filteredOn(l -> l.contains("→ Leder af Beskæftigelsestilbud <leder.beskaeftigelsestilbud@"
                + "example.org>, pakker/leder-af-beskaeftigelsestilbud.pdf: sendt")).hasSize(1);
        assertThat(lines).filteredOn(l -> l.contains("→ ") && l.contains(": ikke sendt: uændret")).hasSize(3);

        // altid: every correct pack again on the next run
        CliRun always = generate(mail.settings("--aarsrapport.udsendelse.hvornaar=altid"), "--send");
        assertThat(always.exit).as(always.toString()).isZero();
        assertThat(mail.received()).hasSize(2 * SAMPLE.size());
    }

    @Test
    void aPackHoldingABlockedPolitikomraadeIsNotSentAndItsDraftOnlyWithSendDrafts() throws Exception {
        Path regnskab = in.resolve("regnskab.csv");
        Files.writeString(regnskab, Files.readString(regnskab, StandardCharsets.UTF_8)
                .replace("137.236;569", "137.236;574"), StandardCharsets.UTF_8);
        CliRun run = generate(mail.settings(), "--send", "--draft");
        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        Recipient leder = SAMPLE.get(2);
        assertThat(mail.received()).singleElement().satisfies(m -> assertCarries(m, leder, leder.pack(), false));
        assertThat(run.out).contains("Beskæftigelsesudvalget <beskaeftigelsesudvalget@example.org>: ikke sendt: "
                + "valideringsfejl. Pakken indeholder et politikområde med valideringsfejl: " + A10
                + "; kladden sendes kun med --send-drafts.");
        assertThat(deliveryCsv()).filteredOn(l -> l.contains("ikke sendt: valideringsfejl")).hasSize(2);

        CliRun drafts = generate(mail.settings(), "--send", "--send-drafts");
        assertThat(drafts.exit).as(drafts.toString()).isEqualTo(1);
        assertThat(mail.received()).hasSize(3);
        for (Recipient r : SAMPLE.subList(0, 2)) {
            assertThat(mail.to(r.email())).singleElement()
                    .satisfies(m -> assertCarries(m, r, "kladde/" + r.pack(), true));
        }
        assertThat(Mails.text(mail.to(SAMPLE.get(0).email()).get(0))).contains("indeholder valideringsfejl i " + A10);
        assertThat(mail.to(leder.email())).as("the final pack, sent before, is not sent again").hasSize(1);
    }

    @Test
    void aServerThatFailsTwiceThenAcceptsGetsEachMailOnce() throws Exception {
        try (SmtpFaultProxy proxy = new SmtpFaultProxy(mail.port()).failFirstSessions(2)) {
            CliRun run = generate(MailServer.settings(proxy.port()), "--send");
            assertThat(run.exit).as(run.toString()).isZero();
            assertThat(proxy.sessions()).isEqualTo(2 + SAMPLE.size());
        }
        for (Recipient r : SAMPLE) {
            assertThat(mail.to(r.email())).as(r.email()).singleElement()
                    .satisfies(m -> assertCarries(m, r, r.pack(), false));
        }
        assertThat(deliveryCsv().get(1)).contains(SAMPLE.get(0).email(), ";sendt;3;250");
        assertThat(deliveryCsv().get(2)).contains(";sendt;1;250");
    }

    @Test
    void aServerThatStaysDownIsTriedABoundedNumberOfTimes() throws Exception {
        try (SmtpFaultProxy proxy = new SmtpFaultProxy(mail.port()).failFirstSessions(100)) {
            CliRun run = generate(MailServer.settings(proxy.port(), "--aarsrapport.udsendelse.forsoeg=3"), "--send");
            assertThat(run.exit).as("a failed mail leaves the exit status to validation: %s", run).isZero();
            assertThat(proxy.sessions()).isEqualTo(3 * SAMPLE.size());
            assertThat(run.err.lines().filter(l -> l.startsWith("Udsendelse fejlet: "))).hasSize(3)
                    .allMatch(l -> l.contains("451 4.3.0") && l.contains("opgivet efter 3 forsøg"));
        }
        assertThat(mail.received()).isEmpty();
        assertThat(deliveryCsv()).filteredOn(l -> l.contains(";fejlet;3;451")).hasSize(3);
    }

    @Test
    void aRejectedRecipientIsReportedAndTheOthersAreServed() throws Exception {
        Recipient rejected = SAMPLE.get(1);
        try (SmtpFaultProxy proxy = new SmtpFaultProxy(mail.port()).reject(rejected.email())) {
            CliRun run = generate(MailServer.settings(proxy.port()), "--send");
            assertThat(run.exit).as(run.toString()).isZero();
            assertThat(proxy.sessions()).as("a permanent failure is not tried again").isEqualTo(SAMPLE.size());
            assertThat(run.err).contains("Udsendelse fejlet: Direktør for Job & Velfærd <" + rejected.email()
                    + ">, " + rejected.pack() + ": 550 5.1.1");
        }
        assertThat(mail.to(rejected.email())).isEmpty();
        for (Recipient r : List.of(SAMPLE.get(0), SAMPLE.get(2))) {
            assertThat(mail.to(r.email())).singleElement().satisfies(m -> assertCarries(m, r, r.pack(), false));
        }
        assertThat(deliveryCsv().get(2)).contains(rejected.email(), ";fejlet;1;550 5.1.1");

        // the next run mails only the one that failed, once it is accepted
        CliRun retry = generate(mail.settings(), "--send");
        assertThat(retry.exit).isZero();
        assertThat(mail.received()).hasSize(SAMPLE.size());
        assertThat(mail.to(rejected.email())).singleElement().satisfies(m -> assertCarries(m, rejected, rejected.pack(),
                false));
    }

    @Test
    void anInvalidAddressIsAFindingNamingItsCellAndGetsNothing() throws Exception {
        Path modtagere = in.resolve("modtagere.csv");
        Files.writeString(modtagere, Files.readString(modtagere, StandardCharsets.UTF_8)
                .replace("leder.beskaeftigelsestilbud@example.org", "leder.beskaeftigelsestilbud(at)example.org"),
                StandardCharsets.UTF_8);
        CliRun run = generate(mail.settings(), "--send");
        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        List<String[]> findings = CsvFixture.rows(out.resolve("validering.csv"));
        assertThat(findings).hasSize(2);
        assertThat(findings.get(1)).startsWith("FEJL", "S1");
        assertThat(String.join(";", findings.get(1))).contains("modtagere.csv", "linje 4", "E-mail",
                "leder.beskaeftigelsestilbud(at)example.org");
        // the politikområde the row names is published all the same: only the delivery is stopped
        assertThat(out.resolve("politikomraader/20-beskaeftigelsestilbud.pdf")).exists();
        assertThat(mail.received()).hasSize(2);
        assertThat(run.out).contains("Leder af Beskæftigelsestilbud <leder.beskaeftigelsestilbud(at)example.org>: "
                + "ikke sendt: ugyldig adresse. E-mailadressen");
    }

    @Test
    void dryRunWritesOneEmlPerRecipientThatAMailClientOpens() throws Exception {
        // no SMTP server is needed for a trial
        CliRun run = generate(List.of("--aarsrapport.udsendelse.fra=" + MailServer.FROM), "--dry-run");
        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(mail.received()).isEmpty();
        List<Path> emls = emls();
        assertThat(emls).hasSize(SAMPLE.size());
        for (Recipient r : SAMPLE) {
            Path eml = out.resolve("udsendelse/" + dk.aarsrapport.plan.Slugs.slug(r.navn()) + ".eml");
            assertThat(emls).contains(eml);
            MimeMessage m = Mails.parse(eml);
            assertThat(m.getAllRecipients()[0].toString()).contains(r.email());
            assertCarries(m, r, r.pack(), false);
        }
        assertThat(deliveryCsv()).filteredOn(l -> l.contains("prøve: .eml skrevet")).hasSize(SAMPLE.size());

        // a trial is not a delivery: the real run sends every pack, and the trial's files go
        CliRun send = generate(mail.settings(), "--send");
        assertThat(send.exit).as(send.toString()).isZero();
        assertThat(mail.received()).hasSize(SAMPLE.size());
        assertThat(emls()).isEmpty();
    }

    private List<Path> emls() throws IOException {
        Path folder = out.resolve("udsendelse");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".eml")).sorted().toList();
        }
    }

    @Test
    void aPackOverTheSizeLimitIsReportedNotDropped() throws Exception {
        CliRun run = generate(mail.settings("--aarsrapport.udsendelse.max-vedhaeftning=20KB"), "--send");
        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(mail.received()).isEmpty();
        assertThat(run.out).contains("Leder af Beskæftigelsestilbud <leder.beskaeftigelsestilbud@example.org>: "
                + "ikke sendt: for stor. Pakken er ", "over grænsen på 20 kB (aarsrapport.udsendelse.max-vedhaeftning)");
        assertThat(run.out).contains("Udsendelse: 0 sendt, 0 uændret, 3 ikke sendt, 0 fejlet");
        assertThat(deliveryCsv()).filteredOn(l -> l.contains("ikke sendt: for stor")).hasSize(SAMPLE.size());
    }

    @Test
    void sendingWithoutAServerOrSenderIsAUsageErrorAndRunsNothing() {
        CliRun noServer = generate(List.of("--aarsrapport.udsendelse.fra=" + MailServer.FROM), "--send");
        assertThat(noServer.exit).isEqualTo(2);
        assertThat(noServer.err.lines()).singleElement().satisfies(l -> assertThat(l)
                .contains("SMTP-server", "SPRING_MAIL_HOST", "Intet er kørt."));
        CliRun noSender = generate(List.of("--spring.mail.host=127.0.0.1"), "--send");
        assertThat(noSender.exit).isEqualTo(2);
        assertThat(noSender.err).contains("aarsrapport.udsendelse.fra");
        CliRun badPolicy = generate(mail.settings("--aarsrapport.udsendelse.hvornaar=ugentlig"), "--send");
        assertThat(badPolicy.exit).isEqualTo(2);
        assertThat(badPolicy.err).contains("\"altid\" eller \"ved-ændring\"");
        CliRun draftsAlone = generate(mail.settings(), "--send-drafts");
        assertThat(draftsAlone.exit).isEqualTo(2);
        assertThat(out).doesNotExist();
        assertThat(mail.received()).isEmpty();
    }

    /**
     * The program is killed (SIGKILL) while the server has taken a mail but not yet said so: the mail may
     * have gone out, so the next run does not send it again — and sends the ones never handed over.
     */
    @Test
    void aRunKilledWhileAMailIsHandedOverSendsNothingTwice() throws Exception {
        try (SmtpFaultProxy proxy = new SmtpFaultProxy(mail.port()).holdAnswerOfSession(2)) {
            ProcessBuilder pb = ChildJvm.program("generate", "--input", in.toString(), "--output", out.toString(),
                    "--send");
            pb.environment().put("AARSRAPPORT_DATA_DIR", data.toString());
            pb.environment().putAll(TestDatabase.environment());
            pb.environment().putAll(MailServer.environment(proxy.port()));
            pb.redirectErrorStream(true);
            pb.redirectOutput(tmp.resolve("killed.log").toFile());
            Process p = pb.start();
            try {
                assertThat(proxy.awaitHolding(180)).as("second mail handed over").isTrue();
            } finally {
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
            }
            assertThat(mail.received()).as("both mails reached the server").hasSize(2);
            proxy.holdAnswerOfSession(-1);
            CliRun rerun = generate(MailServer.settings(proxy.port()), "--send");
            assertThat(rerun.exit).as(rerun.toString()).isZero();
        }
        for (Recipient r : SAMPLE) {
            assertThat(mail.to(r.email())).as("mails to %s", r.email()).singleElement()
                    .satisfies(m -> assertCarries(m, r, r.pack(), false));
        }
        List<String> csv = deliveryCsv();
        assertThat(csv.get(2)).contains(SAMPLE.get(1).email(), "ikke sendt: uændret", "blev afbrudt");
        assertThat(csv.get(3)).contains(SAMPLE.get(2).email(), ";sendt;1;250");
    }

    /**
     * How long delivery takes per recipient: over a real SMTP server on loopback, and as a trial (.eml, no
     * SMTP), which is the program's own share. The figures are printed.
     */
    @Test
    void timePerRecipient() throws Exception {
        int n = 40;
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Navn", "E-mail", "Udvalg", "Politikområde"});
        for (int i = 1; i <= n; i++) {
            rows.add(new String[] {"Modtager " + i, "modtager" + i + "@example.org", "", "Beskæftigelsestilbud"});
        }
        CsvFixture.write(in.resolve("modtagere.csv"), rows);
        CliRun trial = generate(mail.settings(), "--dry-run");
        assertThat(trial.exit).as(trial.toString()).isZero();
        assertThat(emls()).hasSize(n);
        CliRun run = generate(mail.settings(), "--send");
        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(mail.received()).hasSize(n);
        double[] smtp = timing(run.out, "Udsendelse: " + n + " sendt");
        double[] eml = timing(trial.out, "Prøveudsendelse: " + n + " mail\\(s\\) skrevet");
        System.out.printf("Udsendelse af %d mails over GreenMail: %.3f s i alt, %.1f ms pr. modtager; "
                + "som .eml uden SMTP: %.3f s, %.1f ms pr. modtager%n", n, smtp[0], smtp[1] * 1000, eml[0], eml[1] * 1000);
        assertThat(smtp[1]).as("seconds per recipient").isLessThan(2.0);
    }

    /** The delivery time in all and per mail from the summary line starting with {@code start}. */
    private static double[] timing(String console, String start) {
        Matcher m = Pattern.compile(start + ".*\\((\\d+,\\d+) s, (\\d+,\\d+) s pr\\. mail\\)").matcher(console);
        assertThat(m.find()).as(console).isTrue();
        return new double[] {Double.parseDouble(m.group(1).replace(',', '.')),
                Double.parseDouble(m.group(2).replace(',', '.'))};
    }
}
