package cn.gov.dongguan.voucher.app;

import cn.gov.dongguan.voucher.application.port.in.DefineBatchUseCase.DefineBatchCommand;
import cn.gov.dongguan.voucher.application.port.in.IngestUsageRecordsUseCase.Indexed;
import cn.gov.dongguan.voucher.application.port.out.ClockPort;
import cn.gov.dongguan.voucher.application.service.Services;
import cn.gov.dongguan.voucher.domain.applicant.ApplicantProfile;
import cn.gov.dongguan.voucher.domain.applicant.BankDetails;
import cn.gov.dongguan.voucher.domain.applicant.ContactPerson;
import cn.gov.dongguan.voucher.domain.applicant.CreditRecord;
import cn.gov.dongguan.voucher.domain.applicant.LegalRepresentative;
import cn.gov.dongguan.voucher.domain.batch.AccountingWindow;
import cn.gov.dongguan.voucher.domain.batch.AllocationMode;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.batch.BatchPolicy;
import cn.gov.dongguan.voucher.domain.filing.ApplicationContent;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.Declarations;
import cn.gov.dongguan.voucher.domain.filing.LegalRepConfirmation;
import cn.gov.dongguan.voucher.domain.filing.Outcomes;
import cn.gov.dongguan.voucher.domain.filing.ReviewCommand;
import cn.gov.dongguan.voucher.domain.lease.BillingMode;
import cn.gov.dongguan.voucher.domain.lease.Invoice;
import cn.gov.dongguan.voucher.domain.lease.InvoiceCopy;
import cn.gov.dongguan.voucher.domain.lease.InvoiceId;
import cn.gov.dongguan.voucher.domain.lease.InvoiceKind;
import cn.gov.dongguan.voucher.domain.lease.LeaseTerms;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.lease.Payment;
import cn.gov.dongguan.voucher.domain.lease.PaymentMethod;
import cn.gov.dongguan.voucher.domain.lease.PaymentRef;
import cn.gov.dongguan.voucher.domain.lease.ProductType;
import cn.gov.dongguan.voucher.domain.lease.Provider;
import cn.gov.dongguan.voucher.domain.lease.UsageRecord;
import cn.gov.dongguan.voucher.domain.monitoring.AnswerKind;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringQuestion;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringQuestionnaire;
import cn.gov.dongguan.voucher.domain.monitoring.SentAnswer;
import cn.gov.dongguan.voucher.domain.reference.ApplicantCategory;
import cn.gov.dongguan.voucher.domain.reference.ApplicationDomain;
import cn.gov.dongguan.voucher.domain.reference.MaterialType;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.reference.UsagePurpose;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.Role;
import cn.gov.dongguan.voucher.domain.shared.BankAccountNumber;
import cn.gov.dongguan.voucher.domain.shared.EmailAddress;
import cn.gov.dongguan.voucher.domain.shared.MobileNumber;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.ProgrammeCalendar;
import cn.gov.dongguan.voucher.domain.shared.Ratio;
import cn.gov.dongguan.voucher.domain.shared.ResidentIdNumber;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The sample programme a newcomer sees in demo mode: applicants in several towns, leases with
 * payments, invoices and usage, and applications in every stage, in two batches of the funding year
 * 2025 (never {@code 2025-1}): {@code 2025-demo} funded, approved and paid, with its rejections, a
 * withdrawal and a termination; {@code 2025-demo-2} (第二批) still in review. Loaded through the use cases the way the partner systems and officers
 * would, at the dates they pretend (September–October 2025).
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    static final BatchCode DEMO = BatchCode.of("2025-demo");
    /** The second batch of the sample year (分批申报), with the applications still in review (R-CALC-9). */
    static final BatchCode DEMO_SECOND = BatchCode.of("2025-demo-2");
    /** The units filed in the second batch: those the sample shows still in review. */
    static final Set<Integer> SECOND_BATCH = Set.of(1, 2, 3, 4, 6, 7);

    static final Actor ADMIN = Actor.of("demo-admin", Role.ADMIN);
    static final Actor PORTAL = Actor.of("demo-portal", Role.PORTAL);
    static final Actor PLATFORM = Actor.of("demo-platform", Role.PLATFORM);
    static final Actor CITY = Actor.of("demo-city", Role.CITY_OFFICER);
    static final Actor EXPERT = Actor.of("demo-expert", Role.EXPERT);
    static final Actor FUND = Actor.of("demo-fund", Role.FUND_MANAGER);

    @Inject
    ServiceAssembly assembly;

    /** A clock the seed moves by hand. */
    static final class SeedClock implements ClockPort {
        Instant now = OffsetDateTime.parse("2025-09-01T09:00:00+08:00").toInstant();

        @Override
        public Instant now() {
            return now;
        }

        void at(String local) {
            now = OffsetDateTime.parse(local + ":00+08:00").toInstant();
        }
    }

    /**
     * The sample units: name, town, category, legal representative, contact, address, project, bank.
     * Invented but credible (people, streets and projects as a town office would see them); the
     * numbers (USCC, identity cards, phones, accounts) are generated and valid by their check rules.
     */
    private static final String[][] UNITS = {
        {"东莞市松湖智算科技有限公司", "SONGSHANHU", "MANUFACTURING", "陈志强", "林晓雯", "松山湖园区工业北路6号", "工业视觉缺陷检测模型训练项目", "中国工商银行东莞松山湖支行"
        },
        {"东莞市东城精密制造有限公司", "DONGCHENG", "MANUFACTURING", "李国华", "黄丽娟", "东城街道东城大道218号", "精密零部件智能质检算力租赁项目", "中国建设银行东莞东城支行"
        },
        {"东莞市虎门数智软件有限公司", "HUMEN", "SOFTWARE_IT", "王建军", "周敏", "虎门镇连升中路93号", "服装行业设计大模型推理服务项目", "中国农业银行东莞虎门支行"},
        {"东莞市长安模具智能有限公司", "CHANGAN", "MANUFACTURING", "刘伟明", "吴倩", "长安镇振安中路368号", "模具设计仿真与生成式AI应用项目", "中国银行东莞长安支行"},
        {
            "东莞理工智能计算研究院",
            "SONGSHANHU",
            "UNIVERSITY_OR_INSTITUTE",
            "张海涛",
            "郑雅琪",
            "松山湖园区大学路1号",
            "面向制造业的多模态基础模型研究项目",
            "中国工商银行东莞松山湖支行"
        },
        {"东莞市南城云图信息技术有限公司", "NANCHENG", "SOFTWARE_IT", "杨帆", "何静", "南城街道鸿福路106号", "城市地理空间大模型训练项目", "招商银行东莞南城支行"},
        {"东莞市东城新材料科技有限公司", "DONGCHENG", "MANUFACTURING", "赵永刚", "孙丽", "东城街道同沙科技园8号", "新材料配方AI预测算力租赁项目", "东莞农村商业银行东城支行"},
        {"东莞市常平视觉检测有限公司", "CHANGPING", "MANUFACTURING", "黄振宇", "邓婷", "常平镇常东路299号", "电子元器件视觉检测模型迭代项目", "中国建设银行东莞常平支行"},
        {"东莞市寮步智造装备有限公司", "LIAOBU", "MANUFACTURING", "徐卫东", "冯晓燕", "寮步镇向西工业区5号", "智能装备预测性维护模型项目", "中国工商银行东莞寮步支行"},
        {"东莞市松山湖大模型应用有限公司", "SONGSHANHU", "SOFTWARE_IT", "罗嘉豪", "谢雨婷", "松山湖园区科技九路2号", "制造业知识问答大模型推理项目", "中国银行东莞松山湖支行"},
        {"东莞市厚街家具数字化有限公司", "HOUJIE", "MANUFACTURING", "梁建平", "曾慧", "厚街镇家具大道133号", "定制家具AI设计渲染算力项目", "东莞银行厚街支行"},
        {"东莞市大朗毛织智能有限公司", "DALANG", "MANUFACTURING", "叶俊杰", "许晓丹", "大朗镇富民中路56号", "毛织品花型生成模型训练项目", "东莞农村商业银行大朗支行"},
        {"东莞市麻涌数据标注有限公司", "MACHONG", "SOFTWARE_IT", "蔡文斌", "潘美玲", "麻涌镇新基路18号", "工业数据标注与模型评测算力项目", "中国邮政储蓄银行东莞麻涌支行"},
    };

    public void loadIfMissing() {
        var ports = assembly.ports();
        boolean present = ports.transactions()
                .inTransaction(() -> ports.batches().find(DEMO).isPresent());
        if (present) {
            return;
        }
        SeedClock clock = new SeedClock();
        Services s = assembly.withClock(clock);
        s.batches()
                .define(
                        ADMIN,
                        new DefineBatchCommand(
                                DEMO,
                                "2025年演示批次",
                                2025,
                                new AccountingWindow(LocalDate.of(2024, 4, 23), LocalDate.of(2025, 10, 31)),
                                new BatchPolicy(
                                        Ratio.HALF,
                                        BatchPolicy.MAXIMUM_ANNUAL_CAP,
                                        Money.of("50000.00"),
                                        Money.of("1200000.00"),
                                        ProgrammeCalendar.endOfDay(LocalDate.of(2025, 9, 12)),
                                        7,
                                        5)));
        // R-CALC-9: a batch's allocation waits for every application in review, so the sample shows the
        // review stages in a second batch of the same funding year, whose window starts later
        s.batches()
                .define(
                        ADMIN,
                        new DefineBatchCommand(
                                DEMO_SECOND,
                                "2025年演示批次（第二批）",
                                2025,
                                new AccountingWindow(LocalDate.of(2024, 5, 1), LocalDate.of(2025, 10, 31)),
                                new BatchPolicy(
                                        Ratio.HALF,
                                        BatchPolicy.MAXIMUM_ANNUAL_CAP,
                                        Money.of("50000.00"),
                                        Money.of("3000000.00"),
                                        ProgrammeCalendar.endOfDay(LocalDate.of(2025, 11, 20)),
                                        7,
                                        5)));
        ApplicationId[] ids = new ApplicationId[UNITS.length];
        for (int i = 0; i < UNITS.length; i++) {
            ids[i] = file(s, clock, i, SECOND_BATCH.contains(i) ? DEMO_SECOND : DEMO);
        }
        // 0 DRAFT stays a draft; the others are submitted
        for (int i = 1; i < UNITS.length; i++) {
            clock.now = clock.now.plus(Duration.ofHours(2));
            s.filing().submit(PORTAL, ids[i]);
        }
        // The first batch is reviewed, funded and paid in September and October, all before the demo
        // clock starts (2025-11-01), and its funded applicant is then monitored (R-POST-1); the second
        // batch is still in review on that day. Units 5 and 8–12 are the first batch's, 1–4, 6, 7 the second's.
        int terminated = UNITS.length - 1;
        clock.at("2025-09-15T09:00");
        for (int i : new int[] {5, 8, 9, 10, 11, 12}) {
            act(s, CITY, ids[i], new ReviewCommand.Open());
            if (i != 5) {
                act(s, CITY, ids[i], new ReviewCommand.Pass());
            }
        }
        clock.at("2025-09-17T10:00");
        act(s, CITY, ids[5], new ReviewCommand.Reject("实际支付费用不足5万元（R-ELIG-6）"));
        for (int i = 8; i <= terminated; i++) {
            act(s, CITY, ids[i], new ReviewCommand.Pass());
        }
        clock.at("2025-09-19T10:00");
        for (int i = 8; i < terminated; i++) {
            act(s, townOfficer(i), ids[i], new ReviewCommand.TownPass(true));
        }
        clock.at("2025-09-22T10:00");
        // the last one is found to have forged its invoices during the town re-check (R-FLOW-6)
        act(s, CITY, ids[terminated], new ReviewCommand.Terminate("镇街复核发现发票系伪造，审核程序中止，取消申报资格", true));
        for (int i = 8; i < terminated; i++) {
            Money expense = s.reading().calculation(EXPERT, ids[i]).eligibleExpense();
            act(s, EXPERT, ids[i], new ReviewCommand.FinalPass(expense, LegalRepConfirmation.SIGNATURE, true));
        }
        s.filing().withdraw(PORTAL, ids[8], "企业决定下一批次再申报");
        clock.at("2025-09-23T10:00");
        s.allocation().commit(FUND, DEMO, AllocationMode.RATIO);
        clock.at("2025-09-23T15:00");
        s.batchSteps().publish(CITY, DEMO);
        clock.at("2025-09-25T10:00");
        java.util.UUID objection = s.batchSteps().file(DEMO, ids[9], "该企业与算力提供方存在关联关系", null);
        act(s, CITY, ids[9], new ReviewCommand.UpholdObjection(objection, "经核实异议成立：存在股权关联"));
        clock.at("2025-10-01T00:00");
        s.scheduler().endDueNotices();
        clock.at("2025-10-09T10:00");
        s.batchSteps().report(CITY, DEMO);
        clock.at("2025-10-10T10:00");
        s.batchSteps().approve(CITY, DEMO, LocalDate.of(2025, 10, 10), "东府办函〔2025〕演示1号");
        clock.at("2025-10-13T10:00");
        // R-FLOW-10: the re-check before payment wants a credit look-up of the last 30 days
        s.applicants().record(CITY, uscc(10), new CreditRecord(LocalDate.of(2025, 10, 11), Set.of()));
        act(s, FUND, ids[10], new ReviewCommand.Disburse("DEMO-BK-20251013-001", LocalDate.of(2025, 10, 13)));

        // the second batch: in review when the demo clock starts
        clock.at("2025-10-21T09:00");
        for (int i : new int[] {2, 3, 4, 6, 7}) {
            act(s, CITY, ids[i], new ReviewCommand.Open());
            if (i != 2) {
                act(s, CITY, ids[i], new ReviewCommand.Pass());
            }
        }
        clock.at("2025-10-24T10:00");
        // ids[3] stays in formal review, ids[4] is returned below
        for (int i : new int[] {6, 7}) {
            act(s, CITY, ids[i], new ReviewCommand.Pass());
        }
        clock.at("2025-10-26T10:00");
        act(s, townOfficer(7), ids[7], new ReviewCommand.TownPass(true));
        clock.at("2025-10-30T10:00");
        act(s, CITY, ids[4], new ReviewCommand.Return("算力服务证明缺少平台运营方盖章，请补正", List.of(MaterialType.SERVICE_PROOF)));

        monitoring(s, clock);
        LOG.info("demo mode: sample programme loaded into batches 2025-demo and 2025-demo-2 (" + UNITS.length
                + " applications, 2 monitoring requests)");
    }

    private static Actor townOfficer(int i) {
        return Actor.townOfficer("demo-town-" + UNITS[i][1].toLowerCase(), TownCode.of(UNITS[i][1]));
    }

    /**
     * R-POST-1: the first batch's funded applicant got two questionnaires after its payment: the
     * third quarter's, answered on time, and one on the use of the compute, due on 2025-10-31 and
     * still unanswered, so it reads as overdue from the demo clock's first day.
     */
    private static void monitoring(Services s, SeedClock clock) {
        clock.at("2025-10-14T09:30");
        var quarter = s.monitoring()
                .issue(
                        CITY,
                        DEMO,
                        null,
                        new MonitoringQuestionnaire(
                                "2025年三季度经营情况",
                                List.of(
                                        new MonitoringQuestion("revenue", "三季度营业收入（元）", AnswerKind.MONEY),
                                        new MonitoringQuestion("rdStaff", "研发人员数（人）", AnswerKind.NUMBER),
                                        new MonitoringQuestion("effect", "算力使用成效简述", AnswerKind.TEXT)),
                                LocalDate.of(2025, 10, 24)));
        clock.at("2025-10-20T16:00");
        for (var item : quarter) {
            s.monitoring()
                    .answer(
                            PORTAL,
                            item.request().id(),
                            Map.of(
                                    "revenue", SentAnswer.string("18600000.00"),
                                    "rdStaff", SentAnswer.number("42"),
                                    "effect", SentAnswer.string("质检模型训练周期由3周缩短至9天，推理成本下降约35%")));
        }
        clock.at("2025-10-22T10:00");
        s.monitoring()
                .issue(
                        CITY,
                        DEMO,
                        null,
                        new MonitoringQuestionnaire(
                                "算力券资助项目成效跟踪（第一次）",
                                List.of(
                                        new MonitoringQuestion("cardHours", "资助期内累计使用卡时（小时）", AnswerKind.NUMBER),
                                        new MonitoringQuestion("launchedOn", "成果上线日期", AnswerKind.DATE),
                                        new MonitoringQuestion("outcome", "形成的模型或应用成果", AnswerKind.TEXT)),
                                LocalDate.of(2025, 10, 31)));
    }

    private static void act(Services s, Actor actor, ApplicationId id, ReviewCommand command) {
        long version = s.reading().get(CITY, id).application().version();
        s.review().act(actor, id, version, command);
    }

    private static UnifiedSocialCreditCode uscc(int n) {
        String body = "91441900" + String.format("MA%07d", 4_100_000 + n).replace('I', '1');
        return UnifiedSocialCreditCode.of(body + UnifiedSocialCreditCode.checkCharacterFor(body));
    }

    private static ResidentIdNumber idNumber(int n) {
        String body = String.format("4419001985%02d%02d%03d", 1 + n % 12, 1 + n % 28, 100 + n);
        return ResidentIdNumber.of(body + ResidentIdNumber.checkCharacterFor(body));
    }

    private ApplicationId file(Services s, SeedClock clock, int i, BatchCode batch) {
        clock.now = clock.now.plus(Duration.ofHours(3));
        UnifiedSocialCreditCode code = uscc(i);
        String[] unit = UNITS[i];
        s.applicants()
                .register(
                        PORTAL,
                        code,
                        new ApplicantProfile(
                                unit[0],
                                ApplicantCategory.valueOf(unit[2]),
                                TownCode.of(unit[1]),
                                "有限责任公司",
                                "广东省东莞市" + unit[5],
                                true,
                                new LegalRepresentative(
                                        unit[3],
                                        idNumber(i),
                                        MobileNumber.of("1380013" + String.format("%04d", i)),
                                        EmailAddress.of("legal" + i + "@example.cn")),
                                new ContactPerson(
                                        unit[4],
                                        MobileNumber.of("1390013" + String.format("%04d", i)),
                                        EmailAddress.of("contact" + i + "@example.cn")),
                                new BankDetails(
                                        unit[0],
                                        unit[7],
                                        BankAccountNumber.of("62220202001" + String.format("%08d", i))),
                                Set.of(),
                                true));
        UnifiedSocialCreditCode providerCode = UnifiedSocialCreditCode.of("91440300708461136T");
        BankAccountNumber providerAccount = BankAccountNumber.of("755912345610888");
        OrderNumber order = OrderNumber.of("19322444501349" + String.format("%05d", 86753 + i));
        s.leases()
                .upsert(
                        PLATFORM,
                        order,
                        new LeaseTerms(
                                code,
                                "HT-2025-" + (100 + i),
                                "昇腾AI加速型8卡专属实例推理910B4",
                                ProductType.THIRD_PARTY,
                                "NPU",
                                BillingMode.SUBSCRIPTION,
                                1 + i % 3,
                                LocalDate.of(2024, 6, 1),
                                LocalDate.of(2025, 5, 31),
                                Money.of("800000.00"),
                                i % 2 == 0,
                                new Provider("深圳市某算力服务有限公司", providerCode, "招商银行深圳分行", providerAccount),
                                true,
                                false));
        long base = i == 5 ? 1_500_000L : 6_000_000L + 1_733_300L * i;
        String[] dates = {"2024-07-15", "2024-11-15", "2025-03-15"};
        for (int p = 0; p < dates.length; p++) {
            Money amount = Money.ofFen(base + 100_000L * p);
            s.leases()
                    .upsert(
                            PLATFORM,
                            order,
                            new Payment(
                                    PaymentRef.of("BANK-" + i + "-" + p),
                                    LocalDate.parse(dates[p]),
                                    amount,
                                    PaymentMethod.BANK_TRANSFER,
                                    BankAccountNumber.of("62220202001" + String.format("%08d", i)),
                                    providerAccount));
            s.leases()
                    .upsert(
                            PLATFORM,
                            order,
                            new Invoice(
                                    InvoiceId.of(null, String.format("2544200000%02d%08d", i, p)),
                                    LocalDate.parse(dates[p]).plusDays(3),
                                    amount,
                                    InvoiceCopy.INVOICE_COPY,
                                    InvoiceKind.NORMAL,
                                    providerCode));
        }
        Instant start = OffsetDateTime.parse("2024-07-01T00:00:00+08:00").toInstant();
        List<Indexed> usage = new java.util.ArrayList<>();
        for (int m = 0; m < 10; m++) {
            Instant from = start.plus(Duration.ofDays(30L * m));
            usage.add(new Indexed(
                    m,
                    new UsageRecord(
                            "DEMO-U-" + i + "-" + m,
                            order,
                            from,
                            from.plus(Duration.ofDays(30)),
                            new BigDecimal(480 + 37 * ((i + m) % 9)),
                            new BigDecimal(60 + (i * 7 + m * 3) % 35))));
        }
        s.leases().ingest(PLATFORM, usage, List.of());
        ApplicationId id = s.filing()
                .create(
                        PORTAL,
                        batch,
                        code,
                        new ApplicationContent(
                                unit[6],
                                List.of(order),
                                Set.of(UsagePurpose.TRAINING, UsagePurpose.INFERENCE),
                                null,
                                Set.of(ApplicationDomain.NEXT_GEN_IT, ApplicationDomain.HIGH_END_EQUIPMENT),
                                null,
                                new Outcomes(i % 3 == 0 ? "工业质检大模型" : null, null, null),
                                new Declarations(true, true, true)))
                .application()
                .id();
        for (MaterialType type : MaterialType.values()) {
            if (type.isRequiredFor(ApplicantCategory.valueOf(unit[2]))) {
                byte[] pdf =
                        ("%PDF-1.4\n% " + type.nameZh() + " " + unit[0] + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
                s.filing().attach(PORTAL, id, type, type.nameZh() + ".pdf", new ByteArrayInputStream(pdf));
            }
        }
        return id;
    }
}
