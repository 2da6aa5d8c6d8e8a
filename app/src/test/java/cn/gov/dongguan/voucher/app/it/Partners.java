package cn.gov.dongguan.voucher.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.domain.DomainFixtures;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/** What the portal and the platform send, as the contract spells it, for a fresh applicant each time. */
final class Partners {

    static final Api PORTAL = Api.as("demo-portal-token");
    static final Api PLATFORM = Api.as("demo-platform-token");
    static final Api CITY = Api.as("demo-city-token");
    static final Api TOWN_DONGCHENG = Api.as("demo-town-dongcheng-token");
    static final Api TOWN_SONGSHANHU = Api.as("demo-town-songshanhu-token");
    static final Api EXPERT = Api.as("demo-expert-token");
    static final Api FUND = Api.as("demo-fund-token");
    static final Api ADMIN = Api.as("demo-admin-token");
    static final Api ANONYMOUS = Api.as(null);

    static final String PROVIDER_ACCOUNT = "44050177000800001234";
    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 100_000) * 100);

    /** A batch of its own, open for submission at the demo clock. */
    static String batch() {
        String code = "IT-" + NEXT.incrementAndGet();
        Api.Answer a = ADMIN.put("/api/v1/batches/" + code, """
                {"title":"集成测试批次","fundingYear":2025,"windowStart":"2024-04-23","windowEnd":"2025-10-31",
                 "submissionDeadline":"2026-12-31T23:59:59+08:00","ratio":"0.50","annualCap":"1000000.00",
                 "minimumPayment":"50000.00","budget":"30000000.00","noticePeriodDays":7,"resubmitDays":5}""");
        assertThat(a.status()).as(a.text()).isEqualTo(201);
        return code;
    }

    static String applicantJson(String town, String name) {
        return """
                {"name":"%s","category":"MANUFACTURING","town":"%s","registrationType":"有限责任公司",
                 "address":"东莞市示例路1号","legalPerson":true,
                 "legalRepresentative":{"name":"张三","idNumber":"%s","mobile":"13800138000","email":"zhang@example.cn"},
                 "contact":{"name":"李四","mobile":"13900139000","email":"li@example.cn"},
                 "bank":{"accountName":"%s","bankName":"中国工商银行东莞分行","accountNumber":"6222020200112233445"},
                 "relatedParties":[],"declaresNoRelatedParty":true}""".formatted(name, town, DomainFixtures.idNumber().value(), name);
    }

    static String leaseJson(String uscc) {
        return """
                {"applicantUscc":"%s","contractNo":"HT-2025-001","productName":"昇腾AI加速型8卡专属实例推理910B4",
                 "productType":"THIRD_PARTY","resourceType":"NPU","billingMode":"SUBSCRIPTION","quantity":2,
                 "start":"2024-05-01","end":"2025-04-30","contractAmount":"500000.00","local":true,
                 "provider":{"name":"深圳某算力服务有限公司","uscc":"91440300708461136T","bankName":"招商银行深圳分行",
                             "accountNumber":"%s"},
                 "platformSealed":true,"otherFiscalFunding":false}""".formatted(uscc, PROVIDER_ACCOUNT);
    }

    static String paymentJson(String paidOn, String amount) {
        return """
                {"paidOn":"%s","amount":"%s","method":"BANK_TRANSFER","payerAccount":"6222020200112233445",
                 "payeeAccount":"%s"}""".formatted(paidOn, amount, PROVIDER_ACCOUNT);
    }

    static String invoiceJson(String amount) {
        return """
                {"invoiceCode":null,"issuedOn":"2025-03-01","amount":"%s","copy":"INVOICE_COPY","kind":"NORMAL",
                 "issuerUscc":"91440300708461136T"}""".formatted(amount);
    }

    /** A registered applicant in {@code town} with one lease paid (and invoiced) in two parts. */
    record Filed(String uscc, String orderNo, String applicationId) {}

    static Filed applicantWithLease(String town, String... amounts) {
        int n = NEXT.incrementAndGet();
        String uscc = DomainFixtures.dongguanEnterprise(n).value();
        assertThat(PORTAL.put("/api/v1/applicants/" + uscc, applicantJson(town, "东莞市测试" + n + "科技有限公司"))
                        .status())
                .isEqualTo(201);
        String order = "ORD-IT-" + n;
        assertThat(PLATFORM.put("/api/v1/leases/" + order, leaseJson(uscc)).status())
                .isEqualTo(201);
        for (int i = 0; i < amounts.length; i++) {
            assertThat(PLATFORM.put(
                                    "/api/v1/leases/" + order + "/payments/P" + i,
                                    paymentJson("2025-0" + (i + 1) + "-10", amounts[i]))
                            .status())
                    .isEqualTo(201);
            String invoiceNo = String.format("2544%016d", (long) n * 10 + i);
            Api.Answer inv =
                    PLATFORM.put("/api/v1/leases/" + order + "/invoices/" + invoiceNo, invoiceJson(amounts[i]));
            assertThat(inv.status()).as(inv.text()).isEqualTo(201);
        }
        Api.Answer usage = PLATFORM.post("/api/v1/usage-records", """
                [{"recordId":"U-%s","orderNo":"%s","periodStart":"2025-01-01T00:00:00+08:00",
                  "periodEnd":"2025-02-01T00:00:00+08:00","cardHours":720,"utilisation":85.5}]""".formatted(order, order));
        assertThat(usage.status()).as(usage.text()).isEqualTo(200);
        return new Filed(uscc, order, null);
    }

    static String applicationJson(String batch, String uscc, String order) {
        return """
                {"batch":"%s","applicantUscc":"%s","projectName":"大模型训练算力租赁项目","leaseOrderNos":["%s"],
                 "purposes":["TRAINING","INFERENCE"],"domains":["NEXT_GEN_IT"],
                 "outcomes":{"modelIncubation":"工业质检大模型","majorProject":null,"other":null},
                 "declarations":{"authenticityPledge":true,"noRelatedParty":true,"noOtherFiscalFunding":true}}""".formatted(batch, uscc, order);
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.7\n" + text + "\n%%EOF").getBytes(StandardCharsets.UTF_8);
    }

    static final String[] ENTERPRISE_MATERIALS = {
        "APPLICATION_FORM",
        "LICENCE_ID_BANK",
        "SERVICE_PROOF",
        "BENEFIT_ANALYSIS",
        "CREDIT_RECORDS",
        "CONTRACTS_PAYMENTS_INVOICES",
        "AUTHENTICITY_PLEDGE",
        "FINANCIAL_STATEMENTS"
    };

    /** Files, completes and submits an application; returns its id. */
    static Filed submitted(String batch, String town, String... amounts) {
        Filed f = applicantWithLease(town, amounts);
        Api.Answer created = PORTAL.post("/api/v1/applications", applicationJson(batch, f.uscc(), f.orderNo()));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().getString("id");
        for (String type : ENTERPRISE_MATERIALS) {
            Api.Answer up =
                    PORTAL.upload("/api/v1/applications/" + id + "/materials/" + type, type + "-材料.pdf", pdf(type));
            assertThat(up.status()).as(up.text()).isEqualTo(201);
        }
        Api.Answer submitted = PORTAL.postEmpty("/api/v1/applications/" + id + "/submit");
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        return new Filed(f.uscc(), f.orderNo(), id);
    }

    static String etag(String id) {
        return CITY.get("/api/v1/applications/" + id).header("ETag");
    }
}
