package dk.aarsrapport.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/** A PDF's bookmarks as (level, title, 1-based target page), in order. */
public final class Outline {

    public record Bookmark(int level, String title, int page) {
    }

    private Outline() {
    }

    public static List<Bookmark> of(Path pdf) throws IOException {
        List<Bookmark> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDOutlineNode root = doc.getDocumentCatalog().getDocumentOutline();
            if (root != null) {
                walk(doc, root, 1, out);
            }
        }
        return out;
    }

    private static void walk(PDDocument doc, PDOutlineNode node, int level, List<Bookmark> out) throws IOException {
        for (PDOutlineItem item : node.children()) {
            int page = -1;
            if (item.getDestination() instanceof PDPageDestination d) {
                page = d.getPage() != null ? doc.getPages().indexOf(d.getPage()) + 1 : d.getPageNumber() + 1;
            } else if (item.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo g
                    && g.getDestination() instanceof PDPageDestination d) {
                page = doc.getPages().indexOf(d.getPage()) + 1;
            }
            out.add(new Bookmark(level, item.getTitle(), page));
            walk(doc, item, level + 1, out);
        }
    }
}
