package cn.gov.dongguan.voucher.adapter.jsf.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Writes a list page's rows as a streamed xlsx sheet. Every cell is text; text a spreadsheet would
 * read as a formula ({@code = + - @}, tab, carriage return) gets a leading apostrophe (OWASP CSV/formula
 * injection), so a crafted applicant name can never run in the officer's spreadsheet.
 */
public final class Sheets implements AutoCloseable {

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final SXSSFSheet sheet;
    private int next;

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A download of one sheet: the header, then whatever {@code fill} writes, streamed when the browser asks. */
    public static StreamedContent download(
            String fileName, String sheetName, List<String> header, Consumer<Sheets> fill) {
        return DefaultStreamedContent.builder()
                .name(fileName)
                .contentType(XLSX)
                .writer(out -> {
                    try (Sheets sheet = new Sheets(sheetName, header)) {
                        fill.accept(sheet);
                        sheet.writeTo(out);
                    }
                })
                .build();
    }

    public Sheets(String sheetName, List<String> header) {
        sheet = workbook.createSheet(sheetName);
        row(header);
    }

    public void row(List<String> cells) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(escaped(cells.get(i)));
        }
    }

    public void writeTo(OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
