package dk.aarsrapport.template;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The few cell styles the workbook shares (a workbook holds at most 64.000 of them). */
final class TemplateStyles {
    final CellStyle header;
    final CellStyle wrap;
    final CellStyle text;

    TemplateStyles(XSSFWorkbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        text = wb.createCellStyle();
        text.setDataFormat(wb.createDataFormat().getFormat("@"));
    }
}
