package dk.aarsrapport.report;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * The grouping rules of {@link StructureFinisher} on one element's children (artifacts already taken out):
 * rows into tables, list items into lists, contents lines into a TOC, a caption into its figure.
 */
final class Groups {

    private Groups() {
    }

    static List<COSDictionary> group(COSDictionary parent, List<COSDictionary> kids) {
        String own = parent.getNameAsString(COSName.S);
        if ("L".equals(own) || "Table".equals(own) || "TOC".equals(own)) {
            return kids; // already a group: the items of a list JasperReports tagged itself
        }
        List<COSDictionary> out = new ArrayList<>();
        COSDictionary table = null;
        // the open table's row count and width, kept here: asking the table for its rows at every row would make
        // a table of n rows cost n² (an account list of "Specifikation af regnskabet" can have thousands)
        int tableRows = 0;
        int tableWidth = 0;
        COSDictionary list = null;
        COSDictionary toc = null;
        for (COSDictionary kid : kids) {
            String s = kid.getNameAsString(COSName.S);
            if (!"TR".equals(s)) {
                table = null;
            }
            if (!"LI".equals(s) && !"L".equals(s)) {
                list = null;
            }
            if (!"Reference".equals(s)) {
                toc = null;
            }
            switch (s) {
                case "TR" -> {
                    boolean head = TableRows.allHeaders(kid);
                    if (table == null || head) {
                        table = container("Table", parent);
                        tableRows = 0;
                        out.add(table);
                    }
                    boolean columnHeads = head && tableRows == 0;
                    if (!columnHeads) {
                        TableRows.rowHeadersFirst(kid);
                        if (tableRows > 0) {
                            TableRows.padSplitRow(kid, tableWidth);
                        }
                    }
                    TableRows.scope(kid, columnHeads ? "Column" : "Row");
                    append(table, kid);
                    if (tableRows++ == 0) {
                        tableWidth = TableRows.columns(kid);
                    }
                }
                case "LI" -> {
                    if (list != null && !startsWithLabel(kid) && lastKid(list) != null) {
                        joinContinuation(lastKid(list), kid);
                    } else {
                        if (list == null) {
                            list = container("L", parent);
                            out.add(list);
                        }
                        append(list, kid);
                    }
                }
                case "L" -> {
                    if (list == null) {
                        list = kid;
                        out.add(kid);
                    } else {
                        nest(list, kid);
                    }
                }
                case "Reference" -> {
                    if (toc == null) {
                        toc = container("TOC", parent);
                        out.add(toc);
                    }
                    kid.setItem(COSName.S, COSName.getPDFName("TOCI"));
                    append(toc, kid);
                }
                case "P", "Text" -> {
                    // JasperReports' own types, mapped in its RoleMap: Text to P, Image to Figure
                    COSDictionary before = out.isEmpty() ? null : out.get(out.size() - 1);
                    String type = before == null ? "" : before.getNameAsString(COSName.S);
                    if ("Figure".equals(type) || "Image".equals(type)) {
                        kid.setItem(COSName.S, COSName.getPDFName("Caption"));
                        append(before, kid);
                    } else {
                        out.add(kid);
                    }
                }
                default -> out.add(kid);
            }
        }
        return out;
    }

    /** A second-level list (JasperReports' list of one item) into the LBody of the last item of {@code list}. */
    private static void nest(COSDictionary list, COSDictionary sub) {
        COSDictionary item = lastKid(list);
        if (item == null || !"LI".equals(item.getNameAsString(COSName.S))) {
            for (COSDictionary li : kids(sub)) {
                append(list, li);
            }
            return;
        }
        COSDictionary body = child(item, "LBody");
        if (body == null) {
            body = container("LBody", item);
            append(item, body);
        }
        COSDictionary last = lastKid(body);
        if (last != null && "L".equals(last.getNameAsString(COSName.S))) {
            for (COSDictionary li : kids(sub)) {
                COSDictionary prev = lastKid(last);
                if (!startsWithLabel(li) && prev != null) {
                    joinContinuation(prev, li);
                } else {
                    append(last, li);
                }
            }
        } else {
            append(body, sub);
        }
    }

    /** An item continued on the next page: its body's content joins the item's body. */
    private static void joinContinuation(COSDictionary item, COSDictionary continued) {
        COSDictionary body = child(item, "LBody");
        for (COSDictionary part : kids(continued)) {
            if (body != null && "LBody".equals(part.getNameAsString(COSName.S))) {
                for (COSDictionary p : kids(part)) {
                    append(body, p);
                }
            } else {
                append(item, part);
            }
        }
    }

    private static boolean startsWithLabel(COSDictionary item) {
        List<COSDictionary> parts = kids(item);
        return !parts.isEmpty() && "Lbl".equals(parts.get(0).getNameAsString(COSName.S));
    }

    static COSDictionary container(String type, COSDictionary parent) {
        COSDictionary e = new COSDictionary();
        e.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
        e.setItem(COSName.S, COSName.getPDFName(type));
        e.setItem(COSName.K, new COSArray());
        StructureFinisher.setParent(e, parent);
        return e;
    }

    static void append(COSDictionary parent, COSDictionary child) {
        COSBase k = parent.getDictionaryObject(COSName.K);
        COSArray arr;
        if (k instanceof COSArray a) {
            arr = a;
        } else {
            arr = new COSArray();
            if (k != null) {
                arr.add(k);
            }
            parent.setItem(COSName.K, arr);
        }
        arr.add(child);
        StructureFinisher.setParent(child, parent);
    }

    /** The structure-element children, in order. */
    static List<COSDictionary> kids(COSDictionary e) {
        List<COSDictionary> out = new ArrayList<>();
        for (COSBase k : contents(e)) {
            if (k instanceof COSDictionary d && d.containsKey(COSName.S)) {
                out.add(d);
            }
        }
        return out;
    }

    /** Everything in an element's {@code /K}, one entry or an array of them, resolved: elements, MCIDs, references. */
    static List<COSBase> contents(COSDictionary e) {
        List<COSBase> out = new ArrayList<>();
        COSBase k = e.getDictionaryObject(COSName.K);
        if (k instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(a.getObject(i));
            }
        } else if (k != null) {
            out.add(k);
        }
        return out;
    }

    private static COSDictionary lastKid(COSDictionary e) {
        List<COSDictionary> k = kids(e);
        return k.isEmpty() ? null : k.get(k.size() - 1);
    }

    private static COSDictionary child(COSDictionary e, String type) {
        for (COSDictionary k : kids(e)) {
            if (type.equals(k.getNameAsString(COSName.S))) {
                return k;
            }
        }
        return null;
    }
}
