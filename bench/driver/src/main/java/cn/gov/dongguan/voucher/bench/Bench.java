package cn.gov.dongguan.voucher.bench;

import cn.gov.dongguan.voucher.adapter.persistence.testing.ApplicationsAtScale;
import cn.gov.dongguan.voucher.domain.DomainFixtures;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark of issue 12 and quality.md's speed section: starts the product's uber-jar and the bare
 * reference runtime on one PostgreSQL database, loads 100,000 applications, and prints every measure
 * beside its reference from the same run, as a ratio. It asserts nothing about time.
 *
 * <p>Settings (environment): {@code BENCH_DB_URL}, {@code BENCH_DB_USER}, {@code BENCH_DB_PASSWORD};
 * {@code BENCH_PRODUCT_JAR}, {@code BENCH_REFERENCE_JAR}, {@code BENCH_WORK}; {@code BENCH_SECONDS}
 * (each closed-loop measure, default 20), {@code BENCH_WARMUP} (default 20), {@code BENCH_LOAD_SECONDS}
 * (the mixed load, default 600), {@code BENCH_ROWS} (default 100000), {@code BENCH_STARTS} (default 3).
 */
public final class Bench {

    static final String LIST_BATCH = "BENCH-LIST";
    static final String ALLOCATION_BATCH = "BENCH-ALLOC";
    static final String CITY = "Bearer demo-city-token";
    static final String FUND = "Bearer demo-fund-token";
    static final String PORTAL = "Bearer demo-portal-token";
    static final String PLATFORM = "Bearer demo-platform-token";

    final String dbUrl = env("BENCH_DB_URL", "jdbc:postgresql://localhost:5432/voucher_bench");
    final String dbUser = env("BENCH_DB_USER", "voucher");
    final String dbPassword = env("BENCH_DB_PASSWORD", "voucher");
    final Path productJar = Path.of(env("BENCH_PRODUCT_JAR", "app/target/voucher-microbundle.jar"));
    final Path referenceJar =
            Path.of(env("BENCH_REFERENCE_JAR", "bench/reference/target/bench-reference-microbundle.jar"));
    final Path work = Path.of(env("BENCH_WORK", "target/bench")).toAbsolutePath();
    final int seconds = Integer.parseInt(env("BENCH_SECONDS", "20"));
    final int warmup = Integer.parseInt(env("BENCH_WARMUP", "20"));
    final int loadSeconds = Integer.parseInt(env("BENCH_LOAD_SECONDS", "600"));
    final int rows = Integer.parseInt(env("BENCH_ROWS", "100000"));
    final int starts = Integer.parseInt(env("BENCH_STARTS", "3"));
    final List<String> report = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        new Bench().run();
    }

    void run() throws Exception {
        System.out.printf(
                "[bench] %s, %d cores, Java %s; database %s%n",
                java.time.ZonedDateTime.now().withNano(0),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                dbUrl);
        // BENCH_ONLY=reads,ingest,… runs only those measures (for a developer at work on one hot path)
        List<String> only = List.of(env("BENCH_ONLY", "start,reads,ingest,lists,allocation,officers,load")
                .split(","));
        if (only.contains("start")) {
            startToReady();
        }
        try (Server reference = startReference();
                Server product = startProduct()) {
            seed();
            if (only.contains("reads") || only.contains("load") || only.contains("get")) {
                filed(product);
            }
            if (only.contains("get")) {
                // the product's read alone, for a profiler
                Load.Result read = Load.closed(
                        "GET /applications/{id}", product.baseUrl, 50, warmup, seconds, this::readApplication);
                System.out.printf("[read]   %-36s %s%n", read.label, read.line());
            }
            if (only.contains("reads")) {
                reads(reference, product);
            }
            if (only.contains("ingest")) {
                ingest(product);
            }
            if (only.contains("lists")) {
                lists(product);
            }
            if (only.contains("allocation")) {
                allocation(product);
            }
            if (only.contains("officers")) {
                officers(product);
            }
            if (only.contains("load")) {
                mixedLoad(product);
            }
        }
        System.out.println();
        System.out.println("[bench] summary (measure: product vs reference in this run)");
        report.forEach(l -> System.out.println("  " + l));
    }

    // ---------------------------------------------------------------- start to ready

    void startToReady() throws Exception {
        List<Double> bare = new ArrayList<>();
        List<Double> product = new ArrayList<>();
        // the product's first start migrates the empty database: not counted
        try (Server first = startProduct()) {
            System.out.printf(
                    "[start] first start of the product (migrates the schema, loads the demo data): %.1f s%n",
                    first.secondsToReady);
        }
        for (int i = 0; i < starts; i++) {
            try (Server s = startReference()) {
                bare.add(s.secondsToReady);
            }
            try (Server s = startProduct()) {
                product.add(s.secondsToReady);
            }
        }
        double b = median(bare);
        double p = median(product);
        System.out.printf(
                "[start] bare Payara Micro WAR %s s; product %s s (medians %.1f / %.1f s)%n", bare, product, b, p);
        report.add(String.format(
                "start to ready: product %.1f s, bare Payara Micro WAR %.1f s: %.2f× (target ≤ 1.2×)", p, b, p / b));
    }

    Server startReference() throws Exception {
        return Server.start(
                "reference",
                referenceJar,
                8390,
                work.resolve("reference"),
                Map.of("VOUCHER_DB_URL", dbUrl, "VOUCHER_DB_USER", dbUser, "VOUCHER_DB_PASSWORD", dbPassword),
                "/ref/ping");
    }

    Server startProduct() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("VOUCHER_DEMO", "true");
        env.put("VOUCHER_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource");
        env.put("VOUCHER_DB_URL", dbUrl);
        env.put("VOUCHER_DB_USER", dbUser);
        env.put("VOUCHER_DB_PASSWORD", dbPassword);
        env.put("VOUCHER_FILES_DIR", work.resolve("product/files").toString());
        return Server.start("product", productJar, 8380, work.resolve("product"), env, "/health/ready");
    }

    // ---------------------------------------------------------------- data

    List<String> ids = new ArrayList<>();
    List<String> submitted = new ArrayList<>();

    void seed() throws Exception {
        try (Connection c = DriverManager.getConnection(dbUrl, dbUser, dbPassword)) {
            if (count(c, LIST_BATCH) == 0) {
                long t0 = System.nanoTime();
                // one application per applicant in the list batch, as filed: review actions can move any of them
                ApplicationsAtScale.load(c, LIST_BATCH, rows, rows, 600_000, "基准单位", false);
                ApplicationsAtScale.load(c, ALLOCATION_BATCH, rows, 750_000, "分配基准单位", true);
                // what autovacuum does to a table soon after a bulk load, done at once: the measures then see
                // the table as it stands in steady use (visibility map set, statistics fresh)
                try (Statement vacuum = c.createStatement()) {
                    vacuum.execute("VACUUM (ANALYZE) application");
                    vacuum.execute("VACUUM (ANALYZE) applicant");
                    vacuum.execute("VACUUM (ANALYZE) review_record");
                }
                System.out.printf(
                        "[data] %,d + %,d applications loaded (and vacuumed) in %.1f s%n",
                        rows, rows, (System.nanoTime() - t0) / 1e9);
            }
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery(
                            "SELECT id, stage FROM application WHERE batch_code = '" + LIST_BATCH + "' ORDER BY id")) {
                while (r.next()) {
                    ids.add(r.getString(1));
                    if (r.getString(2).equals("SUBMITTED")) {
                        submitted.add(r.getString(1));
                    }
                }
            }
            System.out.printf(
                    "[data] %,d applications in %s (%,d submitted, for the officers' actions), %,d in %s%n",
                    ids.size(), LIST_BATCH, submitted.size(), count(c, ALLOCATION_BATCH), ALLOCATION_BATCH);
        }
    }

    /** Every application in the database: what the city bureau's list covers. */
    long allApplications() throws Exception {
        try (Connection c = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM application")) {
            r.next();
            return r.getLong(1);
        }
    }

    static long count(Connection c, String batch) throws Exception {
        try (PreparedStatement q = c.prepareStatement("SELECT count(*) FROM application WHERE batch_code = ?")) {
            q.setString(1, batch);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    // ---------------------------------------------------------------- reads

    void reads(Server reference, Server product) throws Exception {
        Load.Result trivial = Load.closed(
                "trivial GET",
                reference.baseUrl,
                50,
                warmup,
                seconds,
                (http, client, n) -> http.get("/ref/ping").status() == 200);
        Load.Result find = Load.closed(
                "JPA find-by-id",
                reference.baseUrl,
                50,
                warmup,
                seconds,
                (http, client, n) -> http.get("/ref/applications/" + id(n)).status() == 200);
        Load.Result read =
                Load.closed("GET /applications/{id}", product.baseUrl, 50, warmup, seconds, this::readApplication);
        Load.Result single =
                Load.closed("GET /applications/{id}, 1 client", product.baseUrl, 1, 5, seconds, this::readApplication);
        System.out.println("[read] 50 clients, closed loop, " + seconds + " s after " + warmup + " s of warm-up:");
        for (Load.Result r : List.of(trivial, find, read, single)) {
            System.out.printf("[read]   %-36s %s%n", r.label, r.line());
        }
        report.add(String.format(
                "GET /applications/{id}, 50 clients: %,.0f req/s (p99 %.0f ms) vs trivial GET %,.0f "
                        + "req/s: %.2f× (target ≥ 0.4×); JPA find-by-id %,.0f req/s",
                read.rate(), read.percentileMillis(99), trivial.rate(), read.rate() / trivial.rate(), find.rate()));
    }

    /** One read of an application as the city bureau, the call every read measure sends. */
    boolean readApplication(Http http, int client, long n) throws Exception {
        return http.get("/api/v1/applications/" + id(n), "Authorization", CITY).status() == 200;
    }

    /** An application read by the benchmark: one of those filed through the API, as a partner files them. */
    String id(long n) {
        return filed.get((int) ((n * 7919) % filed.size()));
    }

    static final String[] MATERIALS = {
        "APPLICATION_FORM",
        "LICENCE_ID_BANK",
        "SERVICE_PROOF",
        "BENEFIT_ANALYSIS",
        "CREDIT_RECORDS",
        "CONTRACTS_PAYMENTS_INVOICES",
        "AUTHENTICITY_PLEDGE",
        "FINANCIAL_STATEMENTS"
    };

    final List<String> filed = new ArrayList<>();

    /**
     * Applications as partners file them, read by the read measures: an applicant with a lease paid
     * and invoiced in two parts, eight materials, usage records, submitted into batch 2025-1.
     */
    void filed(Server product) throws Exception {
        if (!filed.isEmpty()) {
            return;
        }
        int count = Integer.parseInt(env("BENCH_FILED", rows >= 100_000 ? "500" : "50"));
        try (Connection c = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
                Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery("SELECT id FROM application WHERE batch_code = '2025-1' AND applicant_name "
                                + "LIKE '东莞市基准%号科技有限公司' ORDER BY id")) {
            while (r.next()) {
                filed.add(r.getString(1));
            }
        }
        if (!filed.isEmpty()) {
            System.out.printf("[data] %d applications filed through the API by an earlier run%n", filed.size());
            return;
        }
        long t0 = System.nanoTime();
        try (Http http = new Http(product.baseUrl)) {
            for (int n = 1; n <= count; n++) {
                String order = lease(product, 100 + n);
                String uscc =
                        DomainFixtures.dongguanEnterprise(990_000 + 100 + n).value();
                for (int p = 0; p < 2; p++) {
                    sendJson(
                            http,
                            "PUT",
                            "/api/v1/leases/" + order + "/payments/P" + p,
                            PLATFORM,
                            ("{\"paidOn\":\"2025-0" + (p + 1)
                                            + "-10\",\"amount\":\"" + (p == 0 ? "120000.00" : "80000.50")
                                            + "\",\"method\":\"BANK_TRANSFER\","
                                            + "\"payerAccount\":\"6222020200112233445\",\"payeeAccount\":\"44050177000800001234\"}")
                                    .getBytes(StandardCharsets.UTF_8),
                            200,
                            201);
                    sendJson(
                            http,
                            "PUT",
                            "/api/v1/leases/" + order + "/invoices/" + String.format("2544%016d", n * 10L + p),
                            PLATFORM,
                            ("{\"invoiceCode\":null,\"issuedOn\":\"2025-03-01\",\"amount\":\""
                                            + (p == 0 ? "120000.00" : "80000.50")
                                            + "\",\"copy\":\"INVOICE_COPY\",\"kind\":\"NORMAL\",\"issuerUscc\":\"91440300708461136T\"}")
                                    .getBytes(StandardCharsets.UTF_8),
                            200,
                            201);
                }
                post(http, usage(order, "BF-" + n, 24));
                Http.Answer created = sendJson(
                        http,
                        "POST",
                        "/api/v1/applications",
                        PORTAL,
                        ("{\"batch\":\"2025-1\",\"applicantUscc\":\""
                                        + uscc + "\",\"projectName\":\"大模型训练算力租赁项目\",\"leaseOrderNos\":[\""
                                        + order + "\"],"
                                        + "\"purposes\":[\"TRAINING\",\"INFERENCE\"],\"domains\":[\"NEXT_GEN_IT\"],\"outcomes\":{\"modelIncubation\":"
                                        + "\"工业质检大模型\",\"majorProject\":null,\"other\":null},\"declarations\":{\"authenticityPledge\":true,"
                                        + "\"noRelatedParty\":true,\"noOtherFiscalFunding\":true}}")
                                .getBytes(StandardCharsets.UTF_8),
                        201);
                Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(created.text());
                if (!id.find()) {
                    throw new IllegalStateException("no id in " + created.text());
                }
                String application = id.group(1);
                for (String type : MATERIALS) {
                    String boundary = "----bench" + n;
                    byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                                    + type
                                    + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n" + type
                                    + "\n%%EOF\r\n--" + boundary
                                    + "--\r\n")
                            .getBytes(StandardCharsets.UTF_8);
                    expect(
                            http.send(
                                    "PUT",
                                    "/api/v1/applications/" + application + "/materials/" + type,
                                    body,
                                    "Authorization",
                                    PORTAL,
                                    "Content-Type",
                                    "multipart/form-data; boundary=" + boundary),
                            201,
                            200);
                }
                expect(
                        http.send(
                                "POST",
                                "/api/v1/applications/" + application + "/submit",
                                new byte[0],
                                "Authorization",
                                PORTAL),
                        200);
                filed.add(application);
            }
        }
        System.out.printf(
                "[data] %d applications filed through the API (lease, 2 payments, 2 invoices, usage, 8 "
                        + "materials, submitted) in %.1f s%n",
                count, (System.nanoTime() - t0) / 1e9);
    }

    // ---------------------------------------------------------------- ingest

    static final int INGEST_REQUESTS = 20;
    static final int INGEST_RECORDS = 10_000;
    String ingestOrder;

    void ingest(Server product) throws Exception {
        ingestOrder = lease(product, 1);
        String run = Long.toString(System.currentTimeMillis(), 36);
        try (Http http = new Http(product.baseUrl)) {
            for (int w = 0; w < 3; w++) {
                post(http, usage(ingestOrder, "BW-" + run + "-" + w, INGEST_RECORDS));
            }
            jdbcIngest("BJW-" + run, 3);
            List<byte[]> bodies = new ArrayList<>();
            for (int b = 0; b < INGEST_REQUESTS; b++) {
                bodies.add(
                        usage(ingestOrder, "B-" + run + "-" + b, INGEST_RECORDS).getBytes(StandardCharsets.UTF_8));
            }
            long t0 = System.nanoTime();
            int accepted = 0;
            for (byte[] body : bodies) {
                accepted += post(http, body);
            }
            double api = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            jdbcIngest("BJ-" + run, INGEST_REQUESTS);
            double jdbc = (System.nanoTime() - t0) / 1e9;
            int total = INGEST_REQUESTS * INGEST_RECORDS;
            if (accepted != total) {
                throw new IllegalStateException("ingest accepted " + accepted + " of " + total);
            }
            System.out.printf(
                    "[ingest] %d requests × %,d records: POST /usage-records %,.0f records/s (%.2f s); plain "
                            + "JDBC batch (ON CONFLICT DO NOTHING, reWriteBatchedInserts, 1,000 a batch, a commit per "
                            + "10,000, one connection) %,.0f rows/s (%.2f s)%n",
                    INGEST_REQUESTS, INGEST_RECORDS, total / api, api, total / jdbc, jdbc);
            report.add(String.format(
                    "POST /usage-records, %d × %,d records: %,.0f records/s vs plain JDBC batch %,.0f "
                            + "rows/s: %.2f× (target ≥ 1.0×)",
                    INGEST_REQUESTS, INGEST_RECORDS, total / api, total / jdbc, jdbc / api));
        }
    }

    static int post(Http http, Object body) throws Exception {
        byte[] bytes = body instanceof byte[] b ? b : body.toString().getBytes(StandardCharsets.UTF_8);
        Http.Answer a = http.send(
                "POST", "/api/v1/usage-records", bytes, "Authorization", PLATFORM, "Content-Type", "application/json");
        if (a.status() != 200) {
            throw new IllegalStateException("POST /usage-records answered " + a.status() + ": " + a.text());
        }
        return number(a.text(), "accepted");
    }

    /** quality.md's reference: same columns and key, ON CONFLICT DO NOTHING, rewritten batches of 1,000, a commit per 10,000. */
    void jdbcIngest(String prefix, int requests) throws Exception {
        String url = dbUrl + (dbUrl.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        try (Connection c = DriverManager.getConnection(url, dbUser, dbPassword);
                PreparedStatement insert = c.prepareStatement("INSERT INTO usage_record (record_id, order_no, "
                        + "period_start, period_end, card_hours, utilisation) VALUES (?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (record_id) DO NOTHING")) {
            c.setAutoCommit(false);
            Instant start = Instant.parse("2025-01-01T00:00:00Z");
            BigDecimal hours = BigDecimal.valueOf(8);
            BigDecimal utilisation = new BigDecimal("75.5");
            for (int b = 0; b < requests; b++) {
                for (int i = 0; i < INGEST_RECORDS; i++) {
                    Instant from = start.plusSeconds(3600L * (i % 8000));
                    insert.setString(1, prefix + "-" + b + "-" + i);
                    insert.setString(2, ingestOrder);
                    insert.setTimestamp(3, Timestamp.from(from));
                    insert.setTimestamp(4, Timestamp.from(from.plusSeconds(3600)));
                    insert.setBigDecimal(5, hours);
                    insert.setBigDecimal(6, utilisation);
                    insert.addBatch();
                    if ((i + 1) % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                c.commit();
            }
        }
    }

    static String usage(String order, String prefix, int records) {
        StringBuilder json = new StringBuilder(records * 170).append('[');
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        for (int i = 0; i < records; i++) {
            Instant from = start.plusSeconds(3600L * (i % 8000));
            json.append(i == 0 ? "" : ",")
                    .append("{\"recordId\":\"")
                    .append(prefix)
                    .append('-')
                    .append(i)
                    .append("\",\"orderNo\":\"")
                    .append(order)
                    .append("\",\"periodStart\":\"")
                    .append(from)
                    .append("\",\"periodEnd\":\"")
                    .append(from.plusSeconds(3600))
                    .append("\",\"cardHours\":8,\"utilisation\":75.5}");
        }
        return json.append(']').toString();
    }

    /** An applicant with one lease, through the partners' API; returns the order number. */
    static String lease(Server product, int n) throws Exception {
        String uscc = DomainFixtures.dongguanEnterprise(990_000 + n).value();
        String name = "东莞市基准" + n + "号科技有限公司";
        String order = "ORD-BENCH-" + n;
        try (Http http = new Http(product.baseUrl)) {
            sendJson(http, "PUT", "/api/v1/applicants/" + uscc, PORTAL, applicantJson(uscc, name), 200, 201);
            sendJson(http, "PUT", "/api/v1/leases/" + order, PLATFORM, leaseJson(uscc), 200, 201);
        }
        return order;
    }

    static byte[] applicantJson(String uscc, String name) {
        return """
                {"name":"%s","category":"MANUFACTURING","town":"DONGCHENG","registrationType":"有限责任公司",
                 "address":"东莞市东城街道基准路1号","legalPerson":true,
                 "legalRepresentative":{"name":"张三","idNumber":"441900198001011237","mobile":"13800138000","email":"z@example.cn"},
                 "contact":{"name":"李四","mobile":"13900139000","email":"l@example.cn"},
                 "bank":{"accountName":"%s","bankName":"中国工商银行东莞分行","accountNumber":"6222020200112233445"},
                 "relatedParties":[],"declaresNoRelatedParty":true}""".formatted(name, name).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] leaseJson(String uscc) {
        return """
                {"applicantUscc":"%s","contractNo":"HT-BENCH-001","productName":"昇腾AI加速型8卡专属实例",
                 "productType":"THIRD_PARTY","resourceType":"NPU","billingMode":"SUBSCRIPTION","quantity":2,
                 "start":"2024-05-01","end":"2025-04-30","contractAmount":"500000.00","local":true,
                 "provider":{"name":"深圳某算力服务有限公司","uscc":"91440300708461136T","bankName":"招商银行深圳分行",
                             "accountNumber":"44050177000800001234"},
                 "platformSealed":true,"otherFiscalFunding":false}""".formatted(uscc).getBytes(StandardCharsets.UTF_8);
    }

    /** Sends a JSON body as a partner ({@code token}) and expects one of {@code statuses}. */
    static Http.Answer sendJson(Http http, String method, String path, String token, byte[] body, int... statuses)
            throws Exception {
        return expect(
                http.send(method, path, body, "Authorization", token, "Content-Type", "application/json"), statuses);
    }

    static Http.Answer expect(Http.Answer a, int... statuses) {
        for (int s : statuses) {
            if (a.status() == s) {
                return a;
            }
        }
        throw new IllegalStateException("unexpected " + a.status() + ": " + a.text());
    }

    // ---------------------------------------------------------------- lists

    void lists(Server product) throws Exception {
        List<Double> ui = new ArrayList<>();
        List<Double> api = new ArrayList<>();
        try (Http http = new Http(product.baseUrl)) {
            String cookie = login(http, "city");
            for (int i = 0; i < 40; i++) {
                long t0 = System.nanoTime();
                Http.Answer page = expect(http.get("/ui/applications.xhtml", "Cookie", cookie), 200);
                double ms = (System.nanoTime() - t0) / 1e6;
                if (i == 0 && !page.text().contains(" 条")) {
                    throw new IllegalStateException(
                            "the list page shows no total: " + page.text().substring(0, 300));
                }
                if (i >= 20) {
                    ui.add(ms);
                }
            }
            for (int i = 0; i < 40; i++) {
                long t0 = System.nanoTime();
                expect(http.get("/api/v1/applications?limit=50", "Authorization", CITY), 200);
                double ms = (System.nanoTime() - t0) / 1e6;
                if (i >= 20) {
                    api.add(ms);
                }
            }
        }
        System.out.printf(
                "[list] %,d applications (all the city bureau sees): the intranet list's first page median %.1f ms (of %s); GET "
                        + "/applications first page (50) median %.1f ms%n",
                allApplications(), median(ui), rounded(ui), median(api));
        report.add(String.format(
                "list page over %,d applications (UI, server time): median %.1f ms (target < 50 ms); "
                        + "GET /applications first page %.1f ms",
                allApplications(), median(ui), median(api)));
    }

    /** Logs in through the intranet's form; returns the session cookie. */
    static String login(Http http, String user) throws Exception {
        Http.Answer form = expect(http.get("/login.xhtml"), 200);
        String cookie = cookie(form);
        Matcher vs = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"")
                .matcher(form.text());
        if (!vs.find()) {
            throw new IllegalStateException("no view state on the login page");
        }
        String body = "login=login&login%3Ausername=" + user + "&login%3Apassword=demo&login%3Asubmit="
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(vs.group(1), StandardCharsets.UTF_8);
        Http.Answer done = http.send(
                "POST",
                "/login.xhtml",
                body.getBytes(StandardCharsets.UTF_8),
                "Cookie",
                cookie,
                "Content-Type",
                "application/x-www-form-urlencoded");
        String fresh = cookie(done);
        if (done.status() != 302 || String.valueOf(done.header("location")).contains("failed")) {
            throw new IllegalStateException("login as " + user + " failed: " + done.status());
        }
        return fresh == null ? cookie : fresh;
    }

    static String cookie(Http.Answer a) {
        String set = a.header("set-cookie");
        if (set == null) {
            return null;
        }
        Matcher m = Pattern.compile("(JSESSIONID=[^;,]+)").matcher(set);
        return m.find() ? m.group(1) : null;
    }

    // ---------------------------------------------------------------- allocation

    void allocation(Server product) throws Exception {
        List<Double> simulation = new ArrayList<>();
        List<Double> read = new ArrayList<>();
        int bytes = 0;
        try (Http http = new Http(product.baseUrl)) {
            // three unmeasured rounds first: the simulation's paths (300,000 rows) are compiled by then, as
            // the reads' are by their 20 s of warm-up; then the median of three
            for (int i = 0; i < 6; i++) {
                long t0 = System.nanoTime();
                Http.Answer a = expect(
                        http.get(
                                "/api/v1/batches/" + ALLOCATION_BATCH + "/allocation-simulation",
                                "Authorization",
                                FUND),
                        200);
                double s = (System.nanoTime() - t0) / 1e9;
                bytes = a.body().length;
                t0 = System.nanoTime();
                int n = jdbcAllocationRead();
                double r = (System.nanoTime() - t0) / 1e9;
                if (n != rows) {
                    throw new IllegalStateException("read " + n + " rows");
                }
                if (i >= 3) {
                    simulation.add(s);
                    read.add(r);
                }
            }
        }
        double s = median(simulation);
        double r = median(read);
        System.out.printf(
                "[allocation] %,d applications: GET /allocation-simulation (three modes, %,d bytes) %s s, "
                        + "plain JDBC read of the same rows %s s%n",
                rows, bytes, rounded(simulation), rounded(read));
        report.add(String.format(
                "allocation simulation over %,d applications: %.2f s vs plain JDBC read %.2f s: %.1f× "
                        + "(target ≤ 3×)",
                rows, s, r, s / r));
    }

    int jdbcAllocationRead() throws Exception {
        try (Connection c = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
                PreparedStatement q = c.prepareStatement("SELECT id, applicant_uscc, applicant_name, verified_amount, "
                        + "eligible_expense, completed_at FROM application WHERE batch_code = ? AND stage = "
                        + "'AWAITING_ALLOCATION' ORDER BY completed_at, id")) {
            c.setAutoCommit(false);
            q.setFetchSize(1000);
            q.setString(1, ALLOCATION_BATCH);
            List<Object[]> read = new ArrayList<>();
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    read.add(new Object[] {
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        r.getBigDecimal(4),
                        r.getBigDecimal(5),
                        r.getObject(6)
                    });
                }
            }
            c.commit();
            return read.size();
        }
    }

    // ---------------------------------------------------------------- officers

    final AtomicInteger nextSubmitted = new AtomicInteger();

    void officers(Server product) throws Exception {
        StringBuilder line = new StringBuilder();
        double first = 0;
        submittedLeft();
        for (int clients : new int[] {1, 4, 16}) {
            Load.Result r = Load.closed(
                    "OPEN, " + clients + " officers",
                    product.baseUrl,
                    clients,
                    3,
                    Math.max(5, seconds / 2),
                    (http, client, n) -> openNext(http));
            System.out.printf("[officers] %-36s %s%n", r.label, r.line());
            if (clients == 1) {
                first = r.rate();
            }
            line.append(String.format("%d: %,.0f/s (%.1f×)  ", clients, r.rate(), r.rate() / first));
        }
        report.add("review actions per second by concurrent officers (must grow): "
                + line.toString().trim());
    }

    /** Skips the submitted applications an earlier run (on the same database) has opened. */
    void submittedLeft() throws Exception {
        try (Connection c = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id FROM application WHERE batch_code = '" + LIST_BATCH
                        + "' AND stage = 'SUBMITTED' ORDER BY id")) {
            submitted.clear();
            while (r.next()) {
                submitted.add(r.getString(1));
            }
            nextSubmitted.set(0);
        }
    }

    /** One review action on an application no other officer touches: opening the formal review of a submitted one. */
    boolean openNext(Http http) throws Exception {
        int i = nextSubmitted.getAndIncrement();
        if (i >= submitted.size()) {
            Thread.sleep(10);
            throw new IllegalStateException("no submitted application left for the officers");
        }
        Http.Answer a = http.send(
                "POST",
                "/api/v1/applications/" + submitted.get(i) + "/actions",
                "{\"action\":\"OPEN\"}".getBytes(StandardCharsets.UTF_8),
                "Authorization",
                CITY,
                "Content-Type",
                "application/json",
                "If-Match",
                "\"1\"");
        return a.status() == 200;
    }

    // ---------------------------------------------------------------- mixed load

    void mixedLoad(Server product) throws Exception {
        String order = lease(product, 2);
        byte[] applicant =
                applicantJson(DomainFixtures.dongguanEnterprise(990_002).value(), "东莞市基准2号科技有限公司");
        String uscc = DomainFixtures.dongguanEnterprise(990_002).value();
        String run = Long.toString(System.currentTimeMillis(), 36);
        // per 1,000 requests: 600 reads of an application, 200 list pages, 100 idempotent replays, 95 review
        // actions, 5 ingests of 1,000 usage records. The kinds are interleaved: the ingests fall every 200th
        // request (one every 2 s at 100 requests/s), the rest in an order shuffled once (a fixed seed, so
        // runs compare), so no kind comes as a burst of its own
        String[] schedule = schedule();
        java.util.concurrent.atomic.AtomicLong pushes = new java.util.concurrent.atomic.AtomicLong();
        java.util.function.IntFunction<Load.Kind> mix = slot -> {
            switch (schedule[slot]) {
                case "read":
                    return new Load.Kind("read", this::readApplication);
                case "list":
                    String q = slot % 2 == 0
                            ? "/api/v1/applications?limit=20&batch=" + LIST_BATCH
                            : "/api/v1/applications?limit=20&stage=TOWN_REVIEW&batch=" + LIST_BATCH;
                    return new Load.Kind(
                            "list",
                            (http, client, n) ->
                                    http.get(q, "Authorization", CITY).status() == 200);
                case "replay":
                    return new Load.Kind(
                            "replay",
                            (http, client, n) -> http.send(
                                                    "PUT",
                                                    "/api/v1/applicants/" + uscc,
                                                    applicant,
                                                    "Authorization",
                                                    PORTAL,
                                                    "Content-Type",
                                                    "application/json")
                                            .status()
                                    == 200);
                case "action":
                    return new Load.Kind("action", (http, client, n) -> openNext(http));
                default:
                    return new Load.Kind(
                            "ingest",
                            (http, client, n) ->
                                    post(http, usage(order, "BL-" + run + "-" + pushes.incrementAndGet(), 1000))
                                            == 1000);
            }
        };
        // the same mix unmeasured first: a server started for this step alone (BENCH_ONLY=load) is still
        // compiling its hot paths, and what is measured is the steady state the other steps reach
        Load.open("mixed warm-up", product.baseUrl, 100, warmup, mix);
        Load.Result r = Load.open("mixed", product.baseUrl, 100, loadSeconds, mix);
        System.out.printf(
                "[load] %d requests/s of mixed traffic for %d s (60%% application reads, 20%% list pages, 10%% "
                        + "idempotent replays, 9.5%% review actions, 0.5%% ingests of 1,000 records): %s%n",
                100, loadSeconds, r.line());
        r.byKind.forEach((kind, k) -> System.out.printf("[load]   %-8s %s%n", kind, k.line()));
        report.add(String.format(
                "mixed load, 100 req/s for %d s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d errors "
                        + "(target p95 < 100 ms, 0 errors)",
                loadSeconds, r.percentileMillis(50), r.percentileMillis(95), r.percentileMillis(99), r.errors));
    }

    /** The mixed load's 1,000 slots: an ingest every 200th, the other kinds shuffled once by a fixed seed. */
    static String[] schedule() {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < 995; i++) {
            rest.add(i < 600 ? "read" : i < 800 ? "list" : i < 900 ? "replay" : "action");
        }
        java.util.Collections.shuffle(rest, new java.util.Random(12));
        String[] slots = new String[1000];
        for (int i = 0, j = 0; i < 1000; i++) {
            slots[i] = i % 200 == 100 ? "ingest" : rest.get(j++);
        }
        return slots;
    }

    // ---------------------------------------------------------------- helpers

    static int number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + key + " in " + json);
        }
        return Integer.parseInt(m.group(1));
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
    }

    static List<String> rounded(List<Double> values) {
        return values.stream().map(v -> String.format("%.2f", v)).toList();
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
