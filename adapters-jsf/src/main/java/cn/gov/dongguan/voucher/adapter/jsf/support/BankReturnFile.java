package cn.gov.dongguan.voucher.adapter.jsf.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The bank's return of a disbursement list (拨付回单): an xlsx sheet or a CSV file with, per
 * application, its number, the bank's reference, the day paid and the amount. The columns are found
 * by their header (the disbursement list this system exports, filled in by the bank, is read as it
 * is: its title row above the header is skipped). Every line is read exactly: an amount is kept to
 * the fen or refused, never rounded; a day is a calendar day; each problem is a code the page words.
 */
public final class BankReturnFile {

    /** The largest file read (a batch pays at most a few thousand applications). */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** The most lines read. */
    public static final int MAX_LINES = 10_000;

    /** The columns the file must have. */
    public enum Column {
        APPLICATION_ID,
        BANK_REFERENCE,
        PAID_ON,
        AMOUNT
    }

    /** The problems of a line or of the file, worded by the page ({@code bankReturn.<CODE>}). */
    public enum Problem {
        NOT_READABLE,
        TOO_LARGE,
        TOO_MANY_LINES,
        NO_HEADER,
        ID_MISSING,
        REFERENCE_MISSING,
        REFERENCE_TOO_LONG,
        DATE_MISSING,
        DATE_INVALID,
        AMOUNT_MISSING,
        AMOUNT_INVALID
    }

    /** One line of the file: its row number as the officer sees it in the spreadsheet, what was read, and what is wrong. */
    public record Line(
            int row,
            String applicationId,
            String bankReference,
            LocalDate paidOn,
            BigDecimal amount,
            List<Problem> problems) {

        public boolean readable() {
            return problems.isEmpty();
        }
    }

    /** The lines read, or the problem that stopped the whole file. */
    public record Parsed(List<Line> lines, Problem fileProblem) {}

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");

    private BankReturnFile() {}

    /** More lines than a return of one batch can have. */
    private static final class TooManyLines extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyLines() {
            super(null, null, false, false);
        }
    }

    /**
     * Reads the file.
     *
     * @param headers for each column, the header texts that name it (compared without spaces, case ignored)
     */
    public static Parsed parse(byte[] content, String fileName, Map<Column, List<String>> headers) {
        if (content.length > MAX_BYTES) {
            return new Parsed(List.of(), Problem.TOO_LARGE);
        }
        List<List<Object>> typed;
        try {
            boolean xlsx =
                    content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
            typed = xlsx ? xlsx(content) : csv(content);
        } catch (TooManyLines e) {
            return new Parsed(List.of(), Problem.TOO_MANY_LINES);
        } catch (IOException | RuntimeException e) {
            return new Parsed(List.of(), Problem.NOT_READABLE);
        }
        int headerRow = -1;
        Map<Column, Integer> at = new EnumMap<>(Column.class);
        for (int r = 0; r < Math.min(10, typed.size()) && headerRow < 0; r++) {
            Map<Column, Integer> found = new EnumMap<>(Column.class);
            List<Object> row = typed.get(r);
            for (int c = 0; c < row.size(); c++) {
                String text = normal(String.valueOf(row.get(c) == null ? "" : row.get(c)));
                for (Map.Entry<Column, List<String>> h : headers.entrySet()) {
                    if (h.getValue().stream().anyMatch(name -> normal(name).equals(text))) {
                        found.putIfAbsent(h.getKey(), c);
                    }
                }
            }
            if (found.size() == Column.values().length) {
                headerRow = r;
                at = found;
            }
        }
        if (headerRow < 0) {
            return new Parsed(List.of(), Problem.NO_HEADER);
        }
        if (typed.size() - headerRow - 1 > MAX_LINES) {
            return new Parsed(List.of(), Problem.TOO_MANY_LINES);
        }
        List<Line> lines = new ArrayList<>();
        for (int r = headerRow + 1; r < typed.size(); r++) {
            List<Object> row = typed.get(r);
            if (row.stream().allMatch(v -> v == null || String.valueOf(v).isBlank())) {
                continue; // an empty line, or the 合计 row's blanks
            }
            Object idCell = cell(row, at.get(Column.APPLICATION_ID));
            String id = text(idCell);
            if (id.isEmpty() && !text(cell(row, at.get(Column.AMOUNT))).isEmpty()) {
                // the export's 合计 row: no application, a total amount
                if (row.stream()
                        .anyMatch(v -> v instanceof String s && s.strip().matches("合计|Total"))) {
                    continue;
                }
            }
            List<Problem> problems = new ArrayList<>();
            if (id.isEmpty()) {
                problems.add(Problem.ID_MISSING);
            }
            String reference = text(cell(row, at.get(Column.BANK_REFERENCE)));
            if (reference.isEmpty()) {
                problems.add(Problem.REFERENCE_MISSING);
            } else if (reference.length() > 100) {
                problems.add(Problem.REFERENCE_TOO_LONG);
            }
            LocalDate day = null;
            Object dateCell = cell(row, at.get(Column.PAID_ON));
            if (dateCell instanceof LocalDate d) {
                day = d;
            } else if (text(dateCell).isEmpty()) {
                problems.add(Problem.DATE_MISSING);
            } else {
                day = day(text(dateCell));
                if (day == null) {
                    problems.add(Problem.DATE_INVALID);
                }
            }
            BigDecimal amount = null;
            String amountText = text(cell(row, at.get(Column.AMOUNT)))
                    .replace("¥", "")
                    .replace("￥", "")
                    .replace(",", "")
                    .replace(" ", "");
            if (amountText.isEmpty()) {
                problems.add(Problem.AMOUNT_MISSING);
            } else if (!AMOUNT.matcher(amountText).matches()) {
                problems.add(Problem.AMOUNT_INVALID);
            } else {
                amount = new BigDecimal(amountText).setScale(2);
            }
            lines.add(new Line(r + 1, id, reference, day, amount, List.copyOf(problems)));
        }
        return new Parsed(List.copyOf(lines), null);
    }

    private static Object cell(List<Object> row, Integer column) {
        return column == null || column >= row.size() ? null : row.get(column);
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value).strip();
    }

    private static String normal(String header) {
        return header.replaceAll("\\s", "").replace("\uFEFF", "").toLowerCase(Locale.ROOT);
    }

    /** 2025-12-20, 2025/12/20 or 2025.12.20. */
    static LocalDate day(String text) {
        String iso = text.replace('/', '-').replace('.', '-');
        String[] parts = iso.split("-");
        if (parts.length != 3) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
    }

    /** The first sheet's cells: text as text, numbers as their exact decimal text, dates as days. */
    private static List<List<Object>> xlsx(byte[] content) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            if (sheet.getLastRowNum() > MAX_LINES + 20) {
                throw new TooManyLines();
            }
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<Object> values = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        values.add(value(row.getCell(c), formatter));
                    }
                }
                rows.add(values);
            }
        }
        return rows;
    }

    private static Object value(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            // the shortest decimal that is the stored double: 60000.5, never 60000.499999…
            return NumberToTextConverter.toText(cell.getNumericCellValue());
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue();
        }
        return formatter.formatCellValue(cell);
    }

    /** UTF-8 (a BOM allowed, as spreadsheets write it), comma-separated, quotes as RFC 4180. */
    private static List<List<Object>> csv(byte[] content) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<Object>> rows = new ArrayList<>();
        List<Object> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        StringReader in = new StringReader(text);
        int ch;
        while ((ch = in.read()) != -1) {
            char c = (char) ch;
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int peek = in.read();
                    if (peek == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (peek != -1) {
                            in.reset();
                        }
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                if (rows.size() > MAX_LINES + 20) {
                    throw new TooManyLines();
                }
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
