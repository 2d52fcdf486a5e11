package dk.aarsrapport.ingest;

import dk.aarsrapport.base.SheetLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an .xlsx workbook as a stream of rows (POI's event API over the sheet XML), so that a
 * workbook of a million rows needs little memory. Formula cells give their cached value; an error
 * value ({@code #DIV/0!}) stays an error for validation to report. The XML parser is POI's hardened
 * one (no external entities), and POI's zip-bomb limits stay on.
 */
final class XlsxReader {

    /**
     * Excel allows 31 characters in a sheet name; other programs a little more. A name longer than this
     * was not typed by anyone, and would not fit where findings keep the sheet they are about.
     */
    private static final int MAX_SHEET_NAME = 255;

    void read(Path file, SheetConsumer consumer) {
        read(file, file.getFileName().toString(), consumer);
    }

    /** Reads {@code file} as the input file {@code name}: the name findings and sheet locations give. */
    void read(Path file, String name, SheetConsumer consumer) {
        rejectNonZip(file, name);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String sheetName = sheets.getSheetName();
                    if (sheetName.length() > MAX_SHEET_NAME) {
                        throw new UnreadableInputException("Filen " + name + " kan ikke læses: arket \""
                                + TableSheet.shorten(sheetName) + "\" har et navn på " + TableSheet.danish(sheetName.length())
                                + " tegn (Excel tillader 31); filen er beskadiget.");
                    }
                    SheetLocation location = new SheetLocation(name, sheetName, false);
                    SheetConsumer.RowSink sink = consumer.startSheet(location);
                    if (sink == null) {
                        continue;
                    }
                    parseSheet(in, new XlsxSheetHandler(strings, styles, sink, sheets.getSheetName()));
                    sink.end();
                }
            }
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new UnreadableInputException("Filen " + name + " kan ikke læses: den er ikke en gyldig xlsx-projektmappe.", e);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | org.apache.poi.ooxml.POIXMLException | IllegalStateException e) {
            throw new UnreadableInputException("Filen " + name + " kan ikke læses: " + reason(e), e);
        } catch (org.apache.poi.util.RecordFormatException | UnsupportedOperationException e) {
            throw new UnreadableInputException("Filen " + name + " kan ikke læses: den er beskadiget.", e);
        }
    }

    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof XlsxSheetHandler.DamagedSheetException d) {
                return d.getMessage();
            }
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("exceeds the max") || m.contains("max entry")
                    || m.contains("ZipSecureFile")) {
                return "den udpakker til langt mere end den fylder (mulig zip-bombe) og er afvist.";
            }
            if (m.contains("DOCTYPE") || m.contains("ENTITY") || m.toLowerCase(Locale.ROOT).contains("entity")) {
                return "den indeholder XML-entiteter (DOCTYPE), som afvises af sikkerhedshensyn.";
            }
        }
        return "den er beskadiget eller ikke en gyldig xlsx-projektmappe.";
    }

    /** OLE2 files are either old .xls workbooks or password-protected .xlsx: say which. */
    private static void rejectNonZip(Path file, String name) {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UnreadableInputException("Filen " + name + " kan ikke åbnes: " + e.getMessage(), e);
        }
        if (n == 0) {
            throw new UnreadableInputException("Filen " + name + " er tom (0 byte).");
        }
        if (n >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            throw new UnreadableInputException("Filen " + name
                    + " kan ikke læses: den er krypteret (beskyttet med adgangskode) eller en gammel .xls-fil; gem den som en almindelig .xlsx uden adgangskode.");
        }
        if (n < 4 || head[0] != 'P' || head[1] != 'K') {
            throw new UnreadableInputException("Filen " + name + " kan ikke læses: den er ikke en xlsx-projektmappe.");
        }
    }

    private static void parseSheet(InputStream in, XlsxSheetHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        xml.parse(new InputSource(in));
    }
}
