package dk.aarsrapport.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * How a reader sees where pages break: what each page ends with above its running footer, and on which
 * pages a text stands. Text is read sorted by position, as on paper; NBSP counts as a space.
 */
public final class PageEnds {

    /** A heading wraps onto at most this many lines. */
    private static final int HEADING_LINES = 3;

    private PageEnds() {
    }

    /** Each page's non-blank lines, whitespace collapsed, top to bottom. */
    public static List<List<String>> pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<List<String>> out = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                out.add(stripper.getText(doc).lines().map(PageEnds::normal).filter(l -> !l.isEmpty()).toList());
            }
            return out;
        }
    }

    /**
     * One line per page whose last lines above the footer ("… side X af Y") are one of {@code headings}
     * (a heading may wrap): "side 6 ender med overskriften «Målinger: …»". Empty when no page does.
     */
    public static List<String> headingsLast(Path pdf, Collection<String> headings) throws IOException {
        Set<String> wanted = headings.stream().map(PageEnds::normal).collect(Collectors.toSet());
        List<String> found = new ArrayList<>();
        List<List<String>> pages = pages(pdf);
        for (int p = 0; p < pages.size(); p++) {
            List<String> body = new ArrayList<>(pages.get(p));
            body.removeIf(l -> l.matches(".*side \\d+ af \\d+"));
            for (int k = 1; k <= Math.min(HEADING_LINES, body.size()); k++) {
                String last = String.join(" ", body.subList(body.size() - k, body.size()));
                if (wanted.contains(last)) {
                    found.add(pdf.getFileName() + " side " + (p + 1) + " ender med overskriften «" + last + "»");
                    break;
                }
            }
        }
        return found;
    }

    /** The 1-based pages on which {@code text} stands, whitespace ignored (so a wrapped line still counts). */
    public static Set<Integer> pagesWith(Path pdf, String text) throws IOException {
        String needle = squeeze(text);
        Set<Integer> out = new TreeSet<>();
        List<List<String>> pages = pages(pdf);
        for (int p = 0; p < pages.size(); p++) {
            if (squeeze(String.join("", pages.get(p))).contains(needle)) {
                out.add(p + 1);
            }
        }
        return out;
    }

    private static String normal(String s) {
        return s.replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
    }

    private static String squeeze(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", "");
    }
}
