package dk.aarsrapport.report;

import java.io.IOException;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * A part's named destinations, before it is joined: JasperReports names its page anchors
 * {@code JR_PAGE_ANCHOR_<n>_<page>} in every export, so two parts' names clash. The names the part's own
 * bookmarks and links use become page destinations, and its name trees of destinations are removed.
 */
final class PartDestinations {

    private PartDestinations() {
    }

    static void resolve(PDDocument src) throws IOException {
        var catalog = src.getDocumentCatalog();
        if (catalog.getDocumentOutline() != null) {
            resolveOutline(src, catalog.getDocumentOutline(), 0);
        }
        for (PDPage page : src.getPages()) {
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink link) {
                    if (link.getDestination() instanceof PDNamedDestination named) {
                        link.setDestination(catalog.findNamedDestinationPage(named));
                    } else if (link.getAction() instanceof PDActionGoTo goTo
                            && goTo.getDestination() instanceof PDNamedDestination named) {
                        goTo.setDestination(catalog.findNamedDestinationPage(named));
                    }
                }
            }
        }
        COSDictionary names = catalog.getCOSObject().getCOSDictionary(COSName.NAMES);
        if (names != null) {
            names.removeItem(COSName.DESTS);
            if (names.size() == 0) {
                catalog.getCOSObject().removeItem(COSName.NAMES);
            }
        }
        catalog.getCOSObject().removeItem(COSName.DESTS);
    }

    private static void resolveOutline(PDDocument src, PDOutlineNode node, int depth) throws IOException {
        if (depth > 32) {
            return;
        }
        for (PDOutlineItem item : node.children()) {
            if (item.getDestination() instanceof PDNamedDestination named) {
                item.setDestination(src.getDocumentCatalog().findNamedDestinationPage(named));
            } else if (item.getAction() instanceof PDActionGoTo goTo
                    && goTo.getDestination() instanceof PDNamedDestination named) {
                goTo.setDestination(src.getDocumentCatalog().findNamedDestinationPage(named));
            }
            resolveOutline(src, item, depth + 1);
        }
    }
}
