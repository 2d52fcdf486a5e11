package dk.aarsrapport.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import dk.aarsrapport.base.Sha256;
import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.Effektmaal;
import dk.aarsrapport.stage.MaalRammer;
import dk.aarsrapport.stage.Maalopfoelgning;
import dk.aarsrapport.stage.Maaling;
import dk.aarsrapport.stage.Politikomraade;
import dk.aarsrapport.stage.RegnskabLinje;
import dk.aarsrapport.stage.StagedData;
import dk.aarsrapport.stage.Tekst;

/**
 * What a PDF is made of, as one sha256: the staged content that prints on it (not where it came
 * from: moving a row in the workbook changes nothing on paper), the report settings, the year, the
 * draft state, and the program — its compiled templates and version. Equal fingerprints mean an
 * identical PDF, so the nightly run can leave it alone.
 */
@Component
public class Fingerprints {

    private final StagedData staged;
    private volatile String program;

    private final dk.aarsrapport.base.PdfSettings pdf;

    Fingerprints(StagedData staged, dk.aarsrapport.base.PdfSettings pdf) {
        this.staged = staged;
        this.pdf = pdf;
    }

    /**
     * Each politikområde's fingerprint by Nr; the goals linked to it are part of it, except those of
     * the Rammer in {@code blockedRammer}, which its report leaves out.
     */
    public Map<Integer, String> areas(long run, int year, Set<String> blocked, Set<String> blockedRammer,
                                      boolean draft) {
        Map<String, String> rapport = staged.rapport(run);
        List<MaalRammer.Ramme> rammer = staged.rammer(run);
        Map<Integer, String> out = new LinkedHashMap<>();
        for (Politikomraade a : staged.politikomraader(run)) {
            boolean isDraft = draft && blocked.contains(Texts.key(a.navn()));
            Digest d = new Digest().add("politikomraade", program(), year, isDraft, a.nr(), a.navn(), a.udvalg());
            rapport.forEach((k, v) -> d.add("rapport", k, v));
            for (RegnskabLinje l : staged.regnskab(run, a.navn())) {
                d.add("regnskab", l.linje());
                for (BigDecimal amount : l.amounts()) {
                    d.add(amount == null ? null : amount.stripTrailingZeros().toPlainString());
                }
            }
            for (Tekst t : staged.tekster(run, a.navn())) {
                d.add("tekst", Texts.key(t.afsnit()), t.tekst());
            }
            for (Effektmaal e : staged.effektmaal(run, a.navn())) {
                d.add("effektmaal", e.gruppe(), e.maal(), e.beskrivelse(), e.maalsaetning(), e.resultat());
            }
            for (Maaling m : staged.maalinger(run, a.navn())) {
                d.add("maaling", m.maal(), m.indikator(), m.serie(), m.aar(), m.periode(), plain(m.taeller()),
                        plain(m.naevner()), m.vaerdiTekst(), m.maalvaerdiTekst(), m.enhed());
            }
            for (MaalRammer.Linked l : MaalRammer.linkedTo(rammer, a.navn(), blockedRammer)) {
                d.add("maal", l.ramme().navn(), l.maal().nr(), l.maal().maalsaetning(), l.maal().status());
            }
            out.put(a.nr(), d.hex());
        }
        return out;
    }

    /**
     * Each goal framework's fingerprint by {@link MaalRammer.Ramme#key()}: every row as it prints (in
     * print order), the report settings, the year, the draft state and the program.
     */
    public Map<String, String> rammer(long run, int year, Set<String> blockedRammer, boolean draft) {
        Map<String, String> rapport = staged.rapport(run);
        Map<String, String> out = new LinkedHashMap<>();
        for (MaalRammer.Ramme r : staged.rammer(run)) {
            boolean isDraft = draft && blockedRammer.contains(r.key());
            Digest d = new Digest().add("maalopfoelgning", program(), year, isDraft, r.navn());
            rapport.forEach((k, v) -> d.add("rapport", k, v));
            for (MaalRammer.Maal m : r.maal()) {
                d.add("maal", m.key());
                for (Maalopfoelgning row : m.rows()) {
                    d.add(row.tema(), row.temabeskrivelse(), row.nr(), row.maalsaetning(), row.maalgruppe(),
                            row.indsats(), row.beskrivelse(), row.samarbejdspartnere(), row.status(),
                            row.politikomraade());
                }
            }
            out.put(r.key(), d.hex());
        }
        return out;
    }

    /** A joined document's fingerprint: its place, its cover, and its parts with their fingerprints. */
    public String document(DocumentPlan.Document doc, Map<Integer, String> areas, Map<String, String> rammer,
                           Map<String, String> cover) {
        Digest d = new Digest().add("dokument", program(), doc.label(), doc.relative(), doc.modtager());
        cover.forEach((k, v) -> d.add("forside", k, v));
        doc.parts().forEach(p -> {
            if (p.area() != null) {
                d.add(p.area().nr(), p.area().navn(), p.published(), p.draft(), areas.get(p.area().nr()));
            } else {
                d.add("ramme", p.ramme(), p.slug(), p.published(), p.draft(), rammer.get(Texts.key(p.ramme())));
            }
        });
        return d.hex();
    }

    /** The program's share of every fingerprint: compiled templates and version. A new release redraws all. */
    String program() {
        String p = program;
        if (p == null) {
            try {
                Digest d = new Digest().add(String.valueOf(Fingerprints.class.getPackage().getImplementationVersion()),
                        pdf.conformance());
                Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/*.jasper");
                Arrays.sort(templates, Comparator.comparing(Resource::getFilename));
                for (Resource r : templates) {
                    try (InputStream in = r.getInputStream()) {
                        d.add(r.getFilename(), HexFormat.of().formatHex(Sha256.digest().digest(in.readAllBytes())));
                    }
                }
                p = d.hex();
                program = p;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return p;
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().toPlainString();
    }


    /** Length-prefixed fields, so that ("ab", "c") and ("a", "bc") never hash alike. */
    private static final class Digest {
        private final MessageDigest md = Sha256.digest();

        Digest add(Object... values) {
            for (Object v : values) {
                byte[] b = v == null ? new byte[] {0} : ("\u0001" + v).getBytes(StandardCharsets.UTF_8);
                md.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
                md.update((byte) ':');
                md.update(b);
            }
            return this;
        }

        String hex() {
            return HexFormat.of().formatHex(md.digest());
        }
    }

}
