package cn.gov.dongguan.voucher.adapter.rest.export;

import cn.gov.dongguan.voucher.application.port.in.ApplicationDetails;
import cn.gov.dongguan.voucher.application.port.in.GetApplicationFormUseCase.ApplicationForm;
import cn.gov.dongguan.voucher.domain.applicant.ApplicantProfile;
import cn.gov.dongguan.voucher.domain.filing.Application;
import cn.gov.dongguan.voucher.domain.reference.ApplicationDomain;
import cn.gov.dongguan.voucher.domain.reference.MaterialType;
import cn.gov.dongguan.voucher.domain.reference.UsagePurpose;
import cn.gov.dongguan.voucher.domain.review.ReviewAction;
import cn.gov.dongguan.voucher.domain.review.ReviewRecord;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.EmailAddress;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.ProgrammeCalendar;
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
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The application form of the notice (附件1: 东莞市2025年度“算力券”奖补项目申报材料 / 申请表) as a printable
 * PDF, in Chinese, with the Noto Sans SC font embedded (from the build, no system font needed):
 *
 * <ul>
 *   <li>the cover page: 申报单位（加盖公章）, 项目名称, 联系人, 联系电话, 电子邮箱, 编制时间;
 *   <li>the title with the batch's funding year, then 一、企业基本情况, 二、申报项目信息 (purposes and domains
 *       as the notice's full lists of tick boxes (□/■), 算力租赁情况 as "合同共 N 份，合同总额 … 元，已支付 … 元", and the money
 *       as the bureau follows it: 申请资助额, 核定项目投入 from the expert's verified amount, 拟资助金额),
 *       三、项目责任承诺书 (the notice's three paragraphs, signature and date lines) and 四、审核意见表 (the town
 *       office's opinion, filled with the town re-check's outcome once it exists, and the stamp box).
 * </ul>
 *
 * Personal data on the form is masked as everywhere else; the printed dossier carries the originals.
 */
public final class ApplicationFormPdf {

    static final String FONT = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
    private static volatile BaseFont baseFont;

    static final String[] PLEDGE = {
        "本单位承诺，递交的申报资料真实有效，如存在利用虚假资料瞒报、虚报等手段通过资金申请资格审查并获得资金资助的，公司将承担相应的法律责任及后果。",
        "获资助后，切实加强对专项资金的使用管理，严格执行财务规章制度和会计核算办法。",
        "主动配合项目跟踪、检查、评价工作，自觉接受财政、审计、监察部门的监督检查。"
    };

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

    /** The fonts of the form. */
    private record Fonts(Font title, Font section, Font label, Font text, Font small) {

        static Fonts make() {
            return new Fonts(
                    new Font(font(), 18, Font.BOLD),
                    new Font(font(), 12, Font.BOLD),
                    new Font(font(), 10, Font.BOLD),
                    new Font(font(), 10),
                    new Font(font(), 8));
        }
    }

    public static byte[] render(ApplicationForm form) {
        ApplicationDetails d = form.details();
        Application a = d.application();
        ApplicantProfile p = d.applicant().profile();
        Fonts f = Fonts.make();
        String year = Integer.toString(form.fundingYear());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(doc, out);
        doc.addTitle("东莞市" + year + "年度“算力券”奖补项目申请表");
        doc.open();

        // the cover page
        doc.add(new Paragraph("附件1", f.text()));
        Paragraph cover = new Paragraph("东莞市" + year + "年度“算力券”奖补项目申报材料", f.title());
        cover.setAlignment(Element.ALIGN_CENTER);
        cover.setSpacingBefore(120);
        cover.setSpacingAfter(90);
        doc.add(cover);
        LocalDate compiled = ProgrammeCalendar.dayOf(a.submittedAt().orElse(a.createdAt()));
        for (String[] line : new String[][] {
            {"申报单位：", p.name() + "（加盖公章）"},
            {"项目名称：", a.content().projectName()},
            {"联系人：", p.contact().name()},
            {"联系电话：", p.contact().mobile().masked()},
            {"电子邮箱：", email(p.contact().email())},
            {"编制时间：", compiled.getYear() + "年" + compiled.getMonthValue() + "月" + compiled.getDayOfMonth() + "日"}
        }) {
            Paragraph l = new Paragraph();
            l.add(new Phrase(line[0], f.section()));
            l.add(new Phrase(line[1], f.section()));
            l.setIndentationLeft(90);
            l.setSpacingAfter(14);
            doc.add(l);
        }
        doc.newPage();

        Paragraph heading = new Paragraph("东莞市" + year + "年度“算力券”奖补项目申请表", f.title());
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(6);
        doc.add(heading);
        Paragraph ref = new Paragraph("批次：" + a.batch() + "    申请编号：" + a.id(), f.small());
        ref.setAlignment(Element.ALIGN_CENTER);
        doc.add(ref);

        // 一、企业基本情况
        PdfPTable t = table();
        section(t, f, "一、企业基本情况");
        wide(t, f, "企业名称", p.name());
        row(t, f, "统一社会信用代码", a.applicantUscc().value(), "登记注册类型", nz(p.registrationType()));
        row(t, f, "所属镇街（园区）", form.townName(), "营业执照地址", nz(p.address()));
        wide(t, f, "银行开户名", p.bank().accountName());
        row(
                t,
                f,
                "开户银行全称",
                p.bank().bankName(),
                "开户银行账号",
                p.bank().accountNumber().masked());
        row(
                t,
                f,
                "法定代表人",
                p.legalRepresentative().name() + "　手机 "
                        + p.legalRepresentative().mobile().masked(),
                "电子邮箱",
                email(p.legalRepresentative().email()));
        row(
                t,
                f,
                "申报联系人",
                p.contact().name() + "　手机 " + p.contact().mobile().masked(),
                "电子邮箱",
                email(p.contact().email()));
        row(t, f, "申报类别", p.category().nameZh(), "", "");

        // 二、申报项目信息
        section(t, f, "二、申报项目信息");
        wide(t, f, "项目名称", a.content().projectName());
        wide(t, f, "算力服务主要用途", purposes(a.content().purposes(), a.content().purposeOther()));
        wide(t, f, "算力服务应用领域", domains(a.content().domains(), a.content().domainOther()));
        var outcomes = a.content().outcomes();
        wide(
                t,
                f,
                "算力应用成果",
                box(outcomes.modelIncubation() != null) + " 支撑大模型孵化，名称：" + nz(outcomes.modelIncubation()) + "　"
                        + box(outcomes.majorProject() != null) + " 国家、省级人工智能重大产业化项目，名称：" + nz(outcomes.majorProject())
                        + "　" + box(outcomes.other() != null) + " 其他，" + nz(outcomes.other()));
        Money contracts =
                form.leases().stream().map(l -> l.terms().contractAmount()).reduce(Money.ZERO, Money::plus);
        wide(
                t,
                f,
                "算力租赁情况",
                "算力租赁合同共 " + form.leases().size() + " 份，合同总额 " + yuan(contracts) + " 元，已支付 "
                        + yuan(d.calculation().actualPayment()) + " 元。（订单号："
                        + a.content().leaseOrderNos().stream()
                                .map(Object::toString)
                                .collect(Collectors.joining("、"))
                        + "）");
        row(
                t,
                f,
                "申请资助额（元）",
                yuan(d.calculation().subsidy()),
                "资助比例",
                percent(d.calculation().policy().ratio().value()));
        row(
                t,
                f,
                "核定项目投入（元）",
                a.verifiedAmount().map(ApplicationFormPdf::yuan).orElse("（待最终审查核定）"),
                "拟资助金额（元）",
                a.allocatedAmount().map(ApplicationFormPdf::yuan).orElse("（待资金安排）"));
        wide(
                t,
                f,
                "申报材料",
                Arrays.stream(MaterialType.values())
                        .map(m -> box(a.material(m).isPresent()) + " " + m.item() + ". " + m.nameZh())
                        .collect(Collectors.joining("\n")));
        doc.add(t);

        // 三、项目责任承诺书, with 四 on a page of their own: the signatures and stamps are never split
        doc.newPage();
        Paragraph pledge = new Paragraph("三、项目责任承诺书", f.section());
        pledge.setSpacingBefore(0);
        pledge.setSpacingAfter(6);
        doc.add(pledge);
        for (String paragraph : PLEDGE) {
            Paragraph para = new Paragraph(paragraph, f.text());
            para.setFirstLineIndent(20);
            para.setLeading(16);
            para.setSpacingAfter(4);
            doc.add(para);
        }
        String pledged = a.content().declarations().allGiven() ? "（已在系统中作出承诺）" : "（尚未作出承诺）";
        for (String line : new String[] {"法定代表人（签章）：" + pledged, "企业名称（盖章）：", "年　　月　　日"}) {
            Paragraph l = new Paragraph(line, f.text());
            l.setAlignment(Element.ALIGN_RIGHT);
            l.setSpacingBefore(10);
            doc.add(l);
        }

        // 四、审核意见表
        Paragraph review = new Paragraph("四、审核意见表", f.section());
        review.setSpacingBefore(14);
        review.setSpacingAfter(6);
        doc.add(review);
        PdfPTable opinion = new PdfPTable(new float[] {1.3f, 4f});
        opinion.setWidthPercentage(100);
        PdfPCell who = cell("镇街（园区）\n工业和信息化\n主管部门意见", f.label(), 1);
        who.setVerticalAlignment(Element.ALIGN_MIDDLE);
        opinion.addCell(who);
        PdfPCell what = cell(townOpinion(a, form.townName()) + "\n\n\n盖章：\n\n年　　月　　日", f.text(), 1);
        what.setMinimumHeight(150);
        opinion.addCell(what);
        doc.add(opinion);
        doc.close();
        return out.toByteArray();
    }

    /** The town re-check's outcome, once it exists: the record that left 镇街复核 (R-FLOW-4). */
    static String townOpinion(Application a, String townName) {
        Optional<ReviewRecord> recheck = a.history().records().stream()
                .filter(r -> r.from() == ReviewStage.TOWN_REVIEW)
                .reduce((first, second) -> second);
        if (recheck.isEmpty()) {
            return "（镇街复核尚未完成）";
        }
        ReviewRecord r = recheck.get();
        LocalDate day = ProgrammeCalendar.dayOf(r.at());
        String when = day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
        String by = townName + " " + r.actorName();
        if (r.action() == ReviewAction.PASS) {
            return "经复核，已收到加盖公章的纸质申报材料，材料与系统申报一致，同意推荐。\n（" + by + "，" + when + "）"
                    + (r.reason() == null ? "" : "\n意见：" + r.reason());
        }
        if (r.action() == ReviewAction.RETURN) {
            return "退回补正：" + nz(r.reason()) + "\n（" + by + "，" + when + "）";
        }
        return "复核未通过：" + nz(r.reason()) + "\n（" + by + "，" + when + "）";
    }

    static String purposes(Set<UsagePurpose> chosen, String other) {
        return Arrays.stream(UsagePurpose.values())
                .map(u -> box(chosen.contains(u)) + " " + u.nameZh() + (u == UsagePurpose.OTHER ? "，" + nz(other) : ""))
                .collect(Collectors.joining("　"));
    }

    static String domains(Set<ApplicationDomain> chosen, String other) {
        return Arrays.stream(ApplicationDomain.values())
                .map(u -> box(chosen.contains(u)) + " " + u.nameZh()
                        + (u == ApplicationDomain.OTHER ? "，" + nz(other) : ""))
                .collect(Collectors.joining("　"));
    }

    /** The form's tick boxes: ■ ticked, □ not (the embedded font has no ☐/☑ glyphs; ■/□ print everywhere). */
    static String box(boolean ticked) {
        return ticked ? "■" : "□";
    }

    /** Yuan with thousands separators and 2 digits: 1,234,567.89. */
    static String yuan(Money m) {
        if (m == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(m.amount());
    }

    /** A ratio as a percentage: 0.5000 → 50%, 0.4525 → 45.25%. */
    static String percent(BigDecimal ratio) {
        return ratio.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static String email(EmailAddress e) {
        return e == null ? "" : e.value();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static PdfPTable table() {
        PdfPTable t = new PdfPTable(new float[] {1.3f, 2f, 1.3f, 2f});
        t.setWidthPercentage(100);
        t.setSpacingBefore(8);
        return t;
    }

    private static void section(PdfPTable t, Fonts f, String title) {
        PdfPCell c = cell(title, f.section(), 4);
        c.setBackgroundColor(new java.awt.Color(0xEE, 0xF2, 0xF7));
        t.addCell(c);
    }

    private static void row(PdfPTable t, Fonts f, String l1, String v1, String l2, String v2) {
        t.addCell(cell(l1, f.label(), 1));
        t.addCell(cell(v1, f.text(), 1));
        t.addCell(cell(l2, f.label(), 1));
        t.addCell(cell(v2, f.text(), 1));
    }

    private static void wide(PdfPTable t, Fonts f, String l, String v) {
        t.addCell(cell(l, f.label(), 1));
        t.addCell(cell(v, f.text(), 3));
    }

    private static PdfPCell cell(String s, Font font, int span) {
        PdfPCell c = new PdfPCell(new Phrase(s, font));
        c.setColspan(span);
        c.setPadding(5);
        c.setMinimumHeight(22);
        return c;
    }
}
