package cn.gov.dongguan.voucher.adapter.jsf.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.adapter.jsf.support.BankReturnFile.Column;
import cn.gov.dongguan.voucher.adapter.jsf.support.BankReturnFile.Problem;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The bank's return file of a disbursement list, read exactly or refused line by line. */
class BankReturnFileTest {

    static final Map<Column, List<String>> HEADERS = Map.of(
            Column.APPLICATION_ID, List.of("申请编号"),
            Column.BANK_REFERENCE, List.of("银行流水号"),
            Column.PAID_ON, List.of("拨付日期"),
            Column.AMOUNT, List.of("金额"));

    @Test
    void a_csv_with_a_bom_quotes_and_thousands_is_read_to_the_fen() {
        String csv = "\uFEFF申请编号,申报单位,金额,银行流水号,拨付日期\r\n"
                + "a-1,\"东莞某某科技有限公司, 东城\",\"60,000.00\",BK-1,2025-12-20\r\n"
                + "a-2,某研究院,¥40000.5,BK-2,2025/12/21\r\n";
        var parsed = BankReturnFile.parse(csv.getBytes(StandardCharsets.UTF_8), "return.csv", HEADERS);
        assertThat(parsed.fileProblem()).isNull();
        assertThat(parsed.lines()).hasSize(2);
        var first = parsed.lines().get(0);
        assertThat(first.row()).isEqualTo(2);
        assertThat(first.applicationId()).isEqualTo("a-1");
        assertThat(first.amount()).isEqualByComparingTo("60000.00");
        assertThat(first.amount().scale()).isEqualTo(2);
        assertThat(first.paidOn()).isEqualTo(LocalDate.of(2025, 12, 20));
        assertThat(parsed.lines().get(1).amount()).isEqualTo(new BigDecimal("40000.50"));
        assertThat(parsed.lines().get(1).paidOn()).isEqualTo(LocalDate.of(2025, 12, 21));
    }

    @Test
    void an_amount_with_more_than_two_decimals_or_a_bad_day_is_refused_never_rounded() {
        String csv =
                "申请编号,金额,银行流水号,拨付日期\n" + "a-1,60000.005,BK-1,2025-12-20\n" + "a-2,6万,BK-2,2025-02-30\n" + ",100.00,,\n";
        var lines = BankReturnFile.parse(csv.getBytes(StandardCharsets.UTF_8), "r.csv", HEADERS)
                .lines();
        assertThat(lines.get(0).problems()).containsExactly(Problem.AMOUNT_INVALID);
        assertThat(lines.get(1).problems()).containsExactly(Problem.DATE_INVALID, Problem.AMOUNT_INVALID);
        assertThat(lines.get(2).problems())
                .containsExactly(Problem.ID_MISSING, Problem.REFERENCE_MISSING, Problem.DATE_MISSING);
        assertThat(lines).noneMatch(BankReturnFile.Line::readable);
    }

    @Test
    void the_exported_disbursement_list_filled_in_by_the_bank_is_read_below_its_title_and_without_its_total()
            throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("拨付清单");
            sheet.createRow(0).createCell(0).setCellValue("拨付清单 2025-1");
            XSSFRow header = sheet.createRow(1);
            String[] names = {"申请编号", "申报单位", "金额", "银行流水号", "拨付日期"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            XSSFRow row = sheet.createRow(2);
            row.createCell(0).setCellValue("a-1");
            row.createCell(1).setCellValue("东莞某某科技有限公司");
            row.createCell(2).setCellValue(648780.10);
            row.createCell(3).setCellValue("BK-9");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            var paid = row.createCell(4);
            paid.setCellValue(LocalDate.of(2025, 12, 25));
            paid.setCellStyle(date);
            XSSFRow total = sheet.createRow(3);
            total.createCell(1).setCellValue("合计");
            total.createCell(2).setCellValue(648780.10);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            xlsx = out.toByteArray();
        }
        var parsed = BankReturnFile.parse(xlsx, "return.xlsx", HEADERS);
        assertThat(parsed.fileProblem()).isNull();
        assertThat(parsed.lines()).singleElement().satisfies(l -> {
            assertThat(l.row()).isEqualTo(3);
            assertThat(l.amount()).isEqualTo(new BigDecimal("648780.10"));
            assertThat(l.paidOn()).isEqualTo(LocalDate.of(2025, 12, 25));
            assertThat(l.bankReference()).isEqualTo("BK-9");
            assertThat(l.readable()).isTrue();
        });
    }

    @Test
    void a_file_without_the_columns_or_not_a_table_is_refused_as_a_whole() {
        assertThat(BankReturnFile.parse("a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8), "x.csv", HEADERS)
                        .fileProblem())
                .isEqualTo(Problem.NO_HEADER);
        assertThat(BankReturnFile.parse(new byte[] {'P', 'K', 3, 4, 0, 0}, "x.xlsx", HEADERS)
                        .fileProblem())
                .isEqualTo(Problem.NOT_READABLE);
        assertThat(BankReturnFile.parse(new byte[] {(byte) 0xC3, (byte) 0x28}, "x.csv", HEADERS)
                        .fileProblem())
                .isEqualTo(Problem.NOT_READABLE);
        assertThat(BankReturnFile.parse(new byte[BankReturnFile.MAX_BYTES + 1], "x.csv", HEADERS)
                        .fileProblem())
                .isEqualTo(Problem.TOO_LARGE);
    }
}
