package cn.gov.dongguan.voucher.adapter.jsf.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The list exports: office-ready (title, frozen filtered header, numeric amounts, totals), and what a spreadsheet would run as a formula is defused (OWASP). */
class SheetsTest {

    @Test
    void formula_like_text_is_written_as_inert_text() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Sheets sheets = new Sheets("申报列表", List.of("申报单位", "资助金额"))) {
            sheets.row(List.of("=HYPERLINK(\"http://evil\")", "50000.00"));
            sheets.row(List.of("+1", "-2"));
            sheets.row(List.of("@SUM(A1)", "东莞市甲科技有限公司"));
            sheets.writeTo(out);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = book.getSheet("申报列表");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("申报单位");
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil\")");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("50000.00");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("'+1");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("'-2");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("'@SUM(A1)");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("东莞市甲科技有限公司");
        }
    }

    @Test
    void amounts_are_numeric_cells_summed_exactly_under_a_title_and_a_frozen_filtered_header() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Sheets sheets = new Sheets("拨付清单", "2025-demo 拨付清单", List.of("收款单位", "拨付金额（元）"), "合计")) {
            sheets.row(List.of("东莞市甲科技有限公司", cn.gov.dongguan.voucher.domain.shared.Money.of("648780.00")));
            sheets.row(List.of("东莞市乙科技有限公司", cn.gov.dongguan.voucher.domain.shared.Money.of("0.10")));
            sheets.row(List.of("东莞市丙科技有限公司", cn.gov.dongguan.voucher.domain.shared.Money.of("0.20")));
            assertThat(sheets.totals()).containsEntry(1, new java.math.BigDecimal("648780.30"));
            sheets.writeTo(out);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = book.getSheet("拨付清单");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2025-demo 拨付清单");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("拨付金额（元）");
            assertThat(sheet.getRow(2).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(648780.00);
            assertThat(sheet.getRow(2).getCell(1).getCellStyle().getDataFormatString())
                    .isEqualTo("#,##0.00");
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(sheet.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(648780.30);
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:B2");
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(20 * 256);
        }
    }
}
