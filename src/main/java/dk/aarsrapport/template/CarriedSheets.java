package dk.aarsrapport.template;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import dk.aarsrapport.base.RollForwardMarker;
import dk.aarsrapport.base.SheetKind;
import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.Effektmaal;
import dk.aarsrapport.stage.KontoplanRaekke;
import dk.aarsrapport.stage.Maaling;
import dk.aarsrapport.stage.Maalopfoelgning;
import dk.aarsrapport.stage.Modtager;
import dk.aarsrapport.stage.Politikomraade;
import dk.aarsrapport.stage.Tekst;

/**
 * Fills a blank template of the new year with what carries over from the old (cli-and-output.md, {@code template
 * --from}). Every text that somebody must revise gets the marker line first, which S6 refuses until it is gone;
 * what is a fact of the past (measurements, recipients, the mapping of accounts) is carried as it stands.
 */
final class CarriedSheets {

    /** The longest text a cell holds (Excel's limit). */
    static final int CELL_LIMIT = 32767;

    /** The Rapport fields the readers know, as they are spelt; a key of another field is carried as its key. */
    private static final List<String> KNOWN_FELTER = List.of("Kommune", "Titel", "Beløbsenhed", "Prisniveau",
            "Kontobeløbsenhed", "Kontospecifikation");
    /** Fields that name the old year; the rest (Kommune, the units) are the same next year. */
    private static final Set<String> MOVED = Set.of(Texts.key("Titel"), Texts.key("Prisniveau"));
    /** The ERP's totals of a year: next year's come with next year's ledger. */
    private static final String KONTROLSUM = Texts.key("Kontrolsum");

    private final XSSFWorkbook wb;
    private final int year;
    private final Map<Integer, CellStyle> decimals = new HashMap<>();

    CarriedSheets(XSSFWorkbook wb, int year) {
        this.wb = wb;
        this.year = year;
    }

    /** Fills every carried sheet; returns the data rows written per sheet, in the workbook's order. */
    Map<SheetKind, Integer> fill(OldYear old) {
        Map<SheetKind, Integer> counts = new LinkedHashMap<>();
        counts.put(SheetKind.RAPPORT, rapport(old));
        SheetRows areas = rows(SheetKind.POLITIKOMRAADER);
        for (Politikomraade p : old.politikomraader()) {
            XSSFRow row = areas.next();
            areas.number(row, "nr", BigDecimal.valueOf(p.nr()));
            areas.text(row, "politikomraade", p.navn());
            areas.text(row, "udvalg", p.udvalg());
        }
        counts.put(SheetKind.POLITIKOMRAADER, areas.count());
        counts.put(SheetKind.REGNSKAB, CarriedRegnskab.write(old.regnskab(), rows(SheetKind.REGNSKAB)));
        counts.put(SheetKind.TEKSTER, tekster(old));
        counts.put(SheetKind.EFFEKTMAAL, effektmaal(old));
        counts.put(SheetKind.MAALINGER, maalinger(old));
        SheetRows modtagere = rows(SheetKind.MODTAGERE);
        for (Modtager m : old.modtagere()) {
            XSSFRow row = modtagere.next();
            modtagere.text(row, "navn", m.navn());
            modtagere.text(row, "email", m.email());
            modtagere.text(row, "udvalg", m.udvalg());
            modtagere.text(row, "politikomraade", m.politikomraade());
        }
        counts.put(SheetKind.MODTAGERE, modtagere.count());
        counts.put(SheetKind.MAALOPFOELGNING, maalopfoelgning(old));
        counts.put(SheetKind.KONTOPLAN, kontoplan(old));
        return counts;
    }

    /** The old text under the marker line; an empty text has nothing to revise and stays empty. */
    static String marked(String text, int oldYear) {
        if (text == null || text.isBlank()) {
            return text;
        }
        return RollForwardMarker.line(oldYear) + "\n" + RollForwardMarker.without(text);
    }

    private int rapport(OldYear old) {
        Map<String, String> left = new LinkedHashMap<>(old.rapport());
        Sheet sheet = wb.getSheet(SheetKind.RAPPORT.displayName());
        // over the blank template's rows (Kommune … Prisniveau), so the sheet reads as every year's does; a
        // field the old year left out keeps the template's value, which is the readers' default too
        int next = sheet.getLastRowNum() + 1;
        for (String felt : KNOWN_FELTER) {
            String key = Texts.key(felt);
            String value = left.remove(key);
            Row row = rowOf(sheet, felt);
            if (row == null && value == null) {
                continue;
            }
            if (row == null) {
                row = sheet.createRow(next++);
                row.createCell(0).setCellValue(felt);
            }
            if (value != null) {
                row.createCell(1).setCellValue(MOVED.contains(key) ? moved(value, old.year()) : value);
            }
        }
        for (Map.Entry<String, String> e : left.entrySet()) {
            if (!e.getKey().startsWith(KONTROLSUM)) {
                Row row = sheet.createRow(next++);
                row.createCell(0).setCellValue(e.getKey());
                if (e.getValue() != null) {
                    row.createCell(1).setCellValue(e.getValue());
                }
            }
        }
        return sheet.getLastRowNum();
    }

    private static Row rowOf(Sheet sheet, String felt) {
        for (Row r : sheet) {
            if (r.getRowNum() > 0 && r.getCell(0) != null && r.getCell(0).getStringCellValue().equals(felt)) {
                return r;
            }
        }
        return null;
    }

    /** "Regnskab 2015 – Årsberetning" → "Regnskab 2016 – Årsberetning"; a year inside a longer number stays. */
    String moved(String value, int oldYear) {
        return Pattern.compile("(?<!\\d)" + oldYear + "(?!\\d)").matcher(value).replaceAll(String.valueOf(year));
    }

    private int tekster(OldYear old) {
        SheetRows rows = rows(SheetKind.TEKSTER);
        for (Tekst t : old.tekster()) {
            String text = marked(t.tekst(), old.year());
            if (text != null && text.length() > CELL_LIMIT) {
                // no room for the marker in the cell: it gets a row of its own just before, which S6 finds all the same
                tekst(rows, t, RollForwardMarker.line(old.year()));
                text = RollForwardMarker.without(t.tekst());
            }
            tekst(rows, t, text);
        }
        return rows.count();
    }

    private static void tekst(SheetRows rows, Tekst t, String text) {
        XSSFRow row = rows.next();
        rows.text(row, "politikomraade", t.politikomraade());
        rows.text(row, "afsnit", t.afsnit());
        rows.text(row, "tekst", text);
    }

    private int effektmaal(OldYear old) {
        SheetRows rows = rows(SheetKind.EFFEKTMAAL);
        for (Effektmaal e : old.effektmaal()) {
            XSSFRow row = rows.next();
            rows.text(row, "politikomraade", e.politikomraade());
            rows.text(row, "gruppe", e.gruppe());
            rows.text(row, "maal", e.maal());
            String beskrivelse = marked(e.beskrivelse(), old.year());
            if (beskrivelse != null && beskrivelse.length() > CELL_LIMIT) {
                // the year's Målsætning is empty and S6 reads it too: the marker waits there instead
                rows.text(row, "maalsaetning", RollForwardMarker.line(old.year()));
                beskrivelse = RollForwardMarker.without(e.beskrivelse());
            }
            rows.text(row, "beskrivelse", beskrivelse);
        }
        return rows.count();
    }

    private int maalinger(OldYear old) {
        SheetRows rows = rows(SheetKind.MAALINGER);
        for (Maaling m : old.maalinger()) {
            XSSFRow row = rows.next();
            rows.text(row, "politikomraade", m.politikomraade());
            rows.text(row, "maal", m.maal());
            rows.text(row, "indikator", m.indikator());
            rows.text(row, "serie", m.serie());
            rows.number(row, "aar", m.aar() == null ? null : BigDecimal.valueOf(m.aar()));
            rows.text(row, "periode", m.periode());
            rows.number(row, "taeller", m.taeller());
            rows.number(row, "naevner", m.naevner());
            rows.number(row, "vaerdi", m.vaerdi(), m.vaerdiTekst());
            rows.number(row, "maalvaerdi", m.maalvaerdi(), m.maalvaerdiTekst());
            rows.text(row, "enhed", m.enhed());
        }
        return rows.count();
    }

    private int maalopfoelgning(OldYear old) {
        SheetRows rows = rows(SheetKind.MAALOPFOELGNING);
        for (Maalopfoelgning m : old.maalopfoelgning()) {
            XSSFRow row = rows.next();
            rows.text(row, "ramme", m.ramme());
            rows.text(row, "tema", m.tema());
            rows.text(row, "nr", m.nr()); // as shown: 1.10 is not 1.1
            rows.text(row, "maalsaetning", m.maalsaetning());
            rows.text(row, "maalgruppe", m.maalgruppe());
            rows.text(row, "indsats", m.indsats());
            rows.text(row, "beskrivelse", m.beskrivelse());
            rows.text(row, "samarbejdspartnere", m.samarbejdspartnere());
            rows.text(row, "status", m.status());
            rows.text(row, "politikomraade", m.politikomraade());
            rows.text(row, "temabeskrivelse", m.temabeskrivelse());
        }
        return rows.count();
    }

    private int kontoplan(OldYear old) {
        SheetRows rows = rows(SheetKind.KONTOPLAN);
        for (KontoplanRaekke k : old.kontoplan()) {
            XSSFRow row = rows.next();
            rows.text(row, "funktion", k.funktion());
            if (k.dranst() != null && k.dranst().matches("\\d+")) {
                rows.number(row, "dranst", new BigDecimal(k.dranst()));
            } else {
                rows.text(row, "dranst", k.dranst());
            }
            rows.text(row, "art", k.art());
            rows.text(row, "sted", k.sted());
            rows.text(row, "politikomraade", k.politikomraade());
            rows.text(row, "linje", k.linje());
        }
        return rows.count();
    }

    private SheetRows rows(SheetKind kind) {
        return new SheetRows(wb, kind, year, decimals);
    }
}
