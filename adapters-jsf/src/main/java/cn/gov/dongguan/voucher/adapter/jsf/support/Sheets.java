package cn.gov.dongguan.voucher.adapter.jsf.support;

import cn.gov.dongguan.voucher.domain.shared.Money;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Writes a page's rows as a streamed xlsx sheet an office can work with: a title row, the header
 * frozen and filterable, columns sized to their text, amounts ({@link Money}) as numeric cells in
 * {@code #,##0.00} with a 合计 row summing each amount column exactly, other numbers numeric, text as
 * text. Text a spreadsheet would read as a formula ({@code = + - @}, tab, carriage return) gets a
 * leading apostrophe (OWASP CSV/formula injection), so a crafted applicant name can never run in the
 * officer's spreadsheet.
 */
public final class Sheets implements AutoCloseable {

    private static final int TITLE_ROW = 0;
    private static final int HEADER_ROW = 1;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final SXSSFSheet sheet;
    private final CellStyle money;
    private final CellStyle bold;
    private final int columns;
    private final int[] widths;
    private final Map<Integer, BigDecimal> totals = new TreeMap<>();
    private final String totalLabel;
    private int next;

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A download of one sheet: the title, the header, then whatever {@code fill} writes, streamed when the browser asks. */
    public static StreamedContent download(
            String fileName, String sheetName, List<String> header, Consumer<Sheets> fill) {
        String total = Texts.text("sheet.total");
        return DefaultStreamedContent.builder()
                .name(fileName)
                .contentType(XLSX)
                .writer(out -> {
                    try (Sheets sheet = new Sheets(sheetName, sheetName, header, total)) {
                        fill.accept(sheet);
                        sheet.writeTo(out);
                    }
                })
                .build();
    }

    /** A sheet without a title row or totals (for tests and plain lists). */
    public Sheets(String sheetName, List<String> header) {
        this(sheetName, null, header, null);
    }

    /**
     * @param title the sheet's title row, or {@code null} for none
     * @param totalLabel the words of the totals row under amount columns, or {@code null} for none
     */
    public Sheets(String sheetName, String title, List<String> header, String totalLabel) {
        sheet = workbook.createSheet(sheetName);
        columns = header.size();
        widths = new int[columns];
        this.totalLabel = totalLabel;
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
        money = workbook.createCellStyle();
        money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        if (title != null) {
            Cell cell = sheet.createRow(TITLE_ROW).createCell(0);
            cell.setCellValue(escaped(title));
            cell.setCellStyle(bold);
            if (columns > 1) {
                sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, columns - 1));
            }
            next = HEADER_ROW;
        }
        int headerRow = next;
        Row row = sheet.createRow(next++);
        for (int i = 0; i < columns; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(escaped(header.get(i)));
            cell.setCellStyle(bold);
            measure(i, header.get(i));
        }
        sheet.createFreezePane(0, headerRow + 1);
        if (columns > 0) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, headerRow, 0, columns - 1));
        }
    }

    /** One row: {@link Money} as an amount (summed), other numbers numeric, anything else as text. */
    public void row(List<?> cells) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            Cell cell = row.createCell(i);
            if (value instanceof Money amount) {
                cell.setCellValue(amount.amount().doubleValue());
                cell.setCellStyle(money);
                totals.merge(i, amount.amount(), BigDecimal::add);
                measure(i, amount.toString() + "000");
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
                measure(i, number.toString());
            } else {
                String text = value == null ? "" : value.toString();
                cell.setCellValue(escaped(text));
                measure(i, text);
            }
        }
    }

    private void measure(int column, String text) {
        if (column < widths.length) {
            int width = 0;
            for (int k = 0; k < text.length(); k++) {
                width += text.charAt(k) > 0x2E80 ? 2 : 1;
            }
            widths[column] = Math.max(widths[column], Math.min(width, 60));
        }
    }

    public void writeTo(OutputStream out) {
        if (totalLabel != null && !totals.isEmpty()) {
            Row row = sheet.createRow(next++);
            Cell label = row.createCell(0);
            label.setCellValue(totalLabel);
            label.setCellStyle(bold);
            totals.forEach((column, sum) -> {
                Cell cell = row.createCell(column);
                cell.setCellValue(sum.doubleValue());
                cell.setCellStyle(money);
            });
        }
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, Math.max(8, widths[i] + 2) * 256);
        }
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The exact sums of the amount columns so far, by column index (for tests). */
    Map<Integer, BigDecimal> totals() {
        return Map.copyOf(totals);
    }

    static String escaped(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }

    @Override
    public void close() {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
