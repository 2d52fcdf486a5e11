package dk.aarsrapport.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Hostile workbooks made from the sample, for uploads by MockMvc and by the browser alike. */
final class HostileWorkbooks {

    static final Path SAMPLE = Path.of("input/2015/aarsregnskab.xlsx");

    private HostileWorkbooks() {
    }

    /** The sample with a DOCTYPE naming /etc/passwd as an external entity. */
    static byte[] xxe() throws IOException {
        return rewrite("xl/workbook.xml", s -> s.replaceFirst("\\?>",
                "?><!DOCTYPE workbook [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"));
    }

    /**
     * The sample with its Regnskab sheet (sheet4; sheet1 is the ignored Vejledning) replaced by 150 MB of one
     * letter in one cell: about 150 kB packed, under the upload limit, a bomb when read.
     */
    static byte[] zipBomb() throws IOException {
        return rewrite("xl/worksheets/sheet4.xml", null);
    }

    private static byte[] rewrite(String part, UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipFile in = new ZipFile(SAMPLE.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                byte[] data = in.getInputStream(entry).readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(part) && change == null) {
                    out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\""
                            + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
                            + "<c r=\"A1\" t=\"inlineStr\"><is><t>").getBytes(StandardCharsets.UTF_8));
                    byte[] block = new byte[1 << 16];
                    java.util.Arrays.fill(block, (byte) 'A');
                    for (long n = 0; n < 150L << 20; n += block.length) {
                        out.write(block);
                    }
                    out.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(entry.getName().equals(part)
                            ? change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)
                            : data);
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
