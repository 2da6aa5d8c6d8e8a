package cn.gov.dongguan.voucher.adapter.jsf.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The list exports: text cells only, and what a spreadsheet would run as a formula is defused (OWASP). */
class SheetsTest {

    @Test
    void formula_like_text_is_written_as_inert_text() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Sheets sheets = new Sheets("申报列表", List.of("申报单位", "补贴"))) {
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
}
