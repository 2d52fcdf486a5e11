package dk.aarsrapport.report;

/** One line of the contents: the politikområde, its anchor (null when not published: then the line links nowhere) and its first page, which the line links to. */
public final class ContentsEntry {

    private final String label;
    private final String anchor;
    private final String page;

    ContentsEntry(String label, String anchor, String page) {
        this.label = label;
        this.anchor = anchor;
        this.page = page;
    }

    public String getLabel() {
        return label;
    }

    public String getAnchor() {
        return anchor;
    }

    public String getPage() {
        return page;
    }
}
