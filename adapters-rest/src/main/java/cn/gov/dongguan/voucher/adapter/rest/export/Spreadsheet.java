package cn.gov.dongguan.voucher.adapter.rest.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a sheet of rows as xlsx, streaming (SXSSF: only a window of rows in memory). Text cells
 * that start with {@code = + - @} (or tab/CR) are prefixed with an apostrophe so that no spreadsheet
 * program evaluates them as formulas (formula injection). Numbers stay numbers.
 */
public final class Spreadsheet {

    private Spreadsheet() {}

    /** Escapes text a spreadsheet would read as a formula. */
    public static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }

    public static byte[] write(String sheetName, List<String> headers, List<List<Object>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    Cell cell = row.createCell(c);
                    if (v instanceof java.math.BigDecimal number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (v instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (v != null) {
                        cell.setCellValue(escape(v.toString()));
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
