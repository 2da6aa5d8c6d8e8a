package cn.gov.dongguan.voucher.adapter.rest.export;

import cn.gov.dongguan.voucher.application.port.in.ApplicationDetails;
import cn.gov.dongguan.voucher.domain.applicant.ApplicantProfile;
import cn.gov.dongguan.voucher.domain.filing.Application;
import cn.gov.dongguan.voucher.domain.reference.ApplicationDomain;
import cn.gov.dongguan.voucher.domain.reference.MaterialType;
import cn.gov.dongguan.voucher.domain.reference.UsagePurpose;
import cn.gov.dongguan.voucher.domain.shared.Money;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The application form (东莞市算力券项目申报表) as a printable PDF in the layout of the notice's form,
 * in Chinese, with the Noto Sans SC font embedded (from the build, no system font needed).
 * Personal data on the form is masked as everywhere else; the printed dossier carries the originals.
 */
public final class ApplicationFormPdf {

    static final String FONT = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
    private static volatile BaseFont baseFont;

    private ApplicationFormPdf() {}

    static BaseFont font() {
        if (baseFont == null) {
            synchronized (ApplicationFormPdf.class) {
                if (baseFont == null) {
                    try (InputStream in = ApplicationFormPdf.class.getResourceAsStream(FONT)) {
                        if (in == null) {
                            throw new IllegalStateException("font " + FONT + " is missing from the build");
                        }
                        baseFont = BaseFont.createFont(
                                "NotoSansSC-Regular.ttf",
                                BaseFont.IDENTITY_H,
                                BaseFont.EMBEDDED,
                                true,
                                in.readAllBytes(),
                                null);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return baseFont;
    }

    public static byte[] render(ApplicationDetails d) {
        Application a = d.application();
        ApplicantProfile p = d.applicant().profile();
        Font title = new Font(font(), 16, Font.BOLD);
        Font label = new Font(font(), 10, Font.BOLD);
        Font text = new Font(font(), 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(doc, out);
        doc.addTitle("东莞市算力券项目申报表");
        doc.open();
        Paragraph heading = new Paragraph("东莞市算力券项目申报表", title);
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(12);
        doc.add(heading);
        doc.add(new Paragraph("批次：" + a.batch() + "    申请编号：" + a.id() + "    状态：" + d.stage(), text));
        PdfPTable t = new PdfPTable(new float[] {1.2f, 2f, 1.2f, 2f});
        t.setWidthPercentage(100);
        t.setSpacingBefore(8);
        row(t, label, text, "申报单位名称", p.name(), "统一社会信用代码", a.applicantUscc().value());
        row(t, label, text, "所属镇街（园区）", a.town().value(), "单位类别", p.category().nameZh());
        row(t, label, text, "登记注册类型", nz(p.registrationType()), "单位地址", nz(p.address()));
        row(
                t,
                label,
                text,
                "法定代表人",
                p.legalRepresentative().name(),
                "身份证号",
                p.legalRepresentative().idNumber().masked());
        row(
                t,
                label,
                text,
                "联系人",
                p.contact().name(),
                "联系电话",
                p.contact().mobile().masked());
        row(t, label, text, "开户名称", p.bank().accountName(), "开户银行", p.bank().bankName());
        wide(t, label, text, "项目名称", a.content().projectName());
        wide(
                t,
                label,
                text,
                "算力服务主要用途",
                a.content().purposes().stream().map(UsagePurpose::nameZh).collect(Collectors.joining("、"))
                        + other(a.content().purposeOther()));
        wide(
                t,
                label,
                text,
                "算力服务应用领域",
                a.content().domains().stream().map(ApplicationDomain::nameZh).collect(Collectors.joining("、"))
                        + other(a.content().domainOther()));
        wide(
                t,
                label,
                text,
                "算力应用成果",
                "支撑大模型孵化：" + nz(a.content().outcomes().modelIncubation())
                        + "；国家/省人工智能重大产业化项目：" + nz(a.content().outcomes().majorProject()) + "；其他："
                        + nz(a.content().outcomes().other()));
        wide(
                t,
                label,
                text,
                "算力租赁订单",
                a.content().leaseOrderNos().stream().map(Object::toString).collect(Collectors.joining("、")));
        row(
                t,
                label,
                text,
                "实际支付费用（元）",
                yuan(d.calculation().actualPayment()),
                "核定项目投入（元）",
                yuan(d.calculation().eligibleExpense()));
        row(
                t,
                label,
                text,
                "资助比例",
                d.calculation().policy().ratio().toString(),
                "申请资助金额（元）",
                yuan(d.calculation().subsidy()));
        wide(
                t,
                label,
                text,
                "申报材料",
                Arrays.stream(MaterialType.values())
                        .map(m -> m.item() + ". " + m.nameZh() + (a.material(m).isPresent() ? " ✓" : ""))
                        .collect(Collectors.joining("\n")));
        wide(
                t,
                label,
                text,
                "承诺",
                "本单位承诺所提交材料真实、准确、完整，与算力平台运营方及算力提供方无投资、隶属、共建、"
                        + "产权纽带等关联关系，同一项目未获得其他财政资金资助。"
                        + (a.content().declarations().allGiven() ? "（已承诺）" : "（未完成承诺）"));
        row(t, label, text, "法定代表人签字", "", "单位盖章", "");
        doc.add(t);
        doc.close();
        return out.toByteArray();
    }

    private static String yuan(Money m) {
        return m == null ? "" : m.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String other(String s) {
        return s == null ? "" : "（其他：" + s + "）";
    }

    private static void row(PdfPTable t, Font label, Font text, String l1, String v1, String l2, String v2) {
        t.addCell(cell(l1, label, 1));
        t.addCell(cell(v1, text, 1));
        t.addCell(cell(l2, label, 1));
        t.addCell(cell(v2, text, 1));
    }

    private static void wide(PdfPTable t, Font label, Font text, String l, String v) {
        t.addCell(cell(l, label, 1));
        t.addCell(cell(v, text, 3));
    }

    private static PdfPCell cell(String s, Font font, int span) {
        PdfPCell c = new PdfPCell(new Phrase(s, font));
        c.setColspan(span);
        c.setPadding(5);
        c.setMinimumHeight(22);
        return c;
    }
}
