package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import cn.gov.dongguan.voucher.application.port.out.ApplicationEvaluation;
import cn.gov.dongguan.voucher.domain.batch.AccountingWindow;
import cn.gov.dongguan.voucher.domain.calculation.Calculation;
import cn.gov.dongguan.voucher.domain.calculation.CalculationPolicy;
import cn.gov.dongguan.voucher.domain.calculation.ExclusionReason;
import cn.gov.dongguan.voucher.domain.calculation.InvoiceLine;
import cn.gov.dongguan.voucher.domain.calculation.LeaseCalculation;
import cn.gov.dongguan.voucher.domain.calculation.PaymentLine;
import cn.gov.dongguan.voucher.domain.eligibility.EligibilityFailure;
import cn.gov.dongguan.voucher.domain.eligibility.EligibilityResult;
import cn.gov.dongguan.voucher.domain.filing.ApplicationFlag;
import cn.gov.dongguan.voucher.domain.lease.InvoiceId;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.lease.PaymentRef;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.Ratio;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The stored form of an {@link ApplicationEvaluation} in column {@code application.evaluation}: a
 * JSON document an operator can read, with money and ratios as exact decimal strings and every
 * reason and flag by its code. {@link #decode} gives back an equal evaluation; a document it cannot
 * read (a column written by another version) reads as none, so the evaluation is computed again.
 */
final class EvaluationCodec {

    /** The longest document stored; a longer one is not stored, and is computed on each read instead. */
    static final int MAX_LENGTH = 1_000_000;

    /**
     * Looked up once: {@code Json.createXxx} asks the service loader for the provider on every call,
     * which scans the class path under a lock (a read path's worth of contention under load).
     */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    private static final jakarta.json.JsonReaderFactory READERS = JSON.createReaderFactory(java.util.Map.of());
    private static final jakarta.json.stream.JsonGeneratorFactory GENERATORS =
            JSON.createGeneratorFactory(java.util.Map.of());

    private EvaluationCodec() {}

    /** The document, or {@code null} for none or for one too long to store. */
    static String encode(ApplicationEvaluation e) {
        if (e == null) {
            return null;
        }
        StringWriter out = new StringWriter(1024);
        try (JsonGenerator g = GENERATORS.createGenerator(out)) {
            g.writeStartObject();
            g.write("v", 1);
            Calculation c = e.calculation();
            g.writeStartObject("policy")
                    .write("ratio", c.policy().ratio().value().toPlainString())
                    .write("annualCap", money(c.policy().annualCap()))
                    .write("minimumPayment", money(c.policy().minimumPayment()))
                    .write("windowStart", c.policy().window().start().toString())
                    .write("windowEnd", c.policy().window().end().toString())
                    .writeEnd();
            g.write("capRemaining", money(c.capRemaining()));
            g.writeStartArray("leases");
            for (LeaseCalculation l : c.leases()) {
                g.writeStartObject().write("orderNo", l.orderNo().value());
                g.writeStartArray("payments");
                for (PaymentLine p : l.payments()) {
                    g.writeStartObject()
                            .write("ref", p.paymentRef().value())
                            .write("paidOn", p.paidOn().toString())
                            .write("amount", money(p.amount()));
                    reason(g, p.reason());
                    g.writeEnd();
                }
                g.writeEnd();
                g.writeStartArray("invoices");
                for (InvoiceLine i : l.invoices()) {
                    g.writeStartObject();
                    if (i.invoiceId().code() != null) {
                        g.write("code", i.invoiceId().code());
                    }
                    g.write("number", i.invoiceId().number()).write("amount", money(i.amount()));
                    reason(g, i.reason());
                    g.writeEnd();
                }
                g.writeEnd();
                g.write("paid", money(l.paid()))
                        .write("invoiced", money(l.invoiced()))
                        .write("eligible", money(l.eligible()))
                        .write("invoiceShortfall", money(l.invoiceShortfall()))
                        .writeEnd();
            }
            g.writeEnd();
            g.write("actualPayment", money(c.actualPayment()));
            g.write("eligibleExpense", money(c.eligibleExpense()));
            if (c.verifiedAmount() != null) {
                g.write("verifiedAmount", money(c.verifiedAmount()));
            }
            g.write("belowMinimum", c.belowMinimum());
            g.write("subsidy", money(c.subsidy()));
            g.writeStartArray("failures");
            for (EligibilityFailure f : e.eligibility().failures()) {
                g.writeStartObject().write("rule", f.rule()).write("message", f.message());
                g.writeStartArray("reasons");
                for (EligibilityFailure.Reason r : f.reasons()) {
                    g.writeStartObject().write("code", r.code());
                    g.writeStartArray("values");
                    r.values().forEach(g::write);
                    g.writeEnd().writeEnd();
                }
                g.writeEnd().writeEnd();
            }
            g.writeEnd();
            g.writeStartArray("flags");
            e.flags().stream().map(Enum::name).sorted().forEach(g::write);
            g.writeEnd();
            if (e.earliestOpenMonitoringDue() != null) {
                g.write("monitoringDue", e.earliestOpenMonitoringDue().toString());
            }
            g.writeEnd();
        }
        String text = out.toString();
        return text.length() > MAX_LENGTH ? null : text;
    }

    /** The evaluation stored, or {@code null} for none or an unreadable document. */
    static ApplicationEvaluation decode(String text) {
        if (text == null) {
            return null;
        }
        JsonObject o;
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            o = reader.readObject();
        } catch (RuntimeException unreadable) {
            return null;
        }
        if (o.getInt("v", 0) != 1) {
            return null;
        }
        try {
            JsonObject p = o.getJsonObject("policy");
            CalculationPolicy policy = new CalculationPolicy(
                    new Ratio(new BigDecimal(p.getString("ratio"))),
                    money(p, "annualCap"),
                    money(p, "minimumPayment"),
                    new AccountingWindow(
                            LocalDate.parse(p.getString("windowStart")), LocalDate.parse(p.getString("windowEnd"))));
            List<LeaseCalculation> leases = list(
                    o.getJsonArray("leases"),
                    l -> new LeaseCalculation(
                            OrderNumber.of(l.getString("orderNo")),
                            list(
                                    l.getJsonArray("payments"),
                                    x -> new PaymentLine(
                                            PaymentRef.of(x.getString("ref")),
                                            LocalDate.parse(x.getString("paidOn")),
                                            money(x, "amount"),
                                            reason(x))),
                            list(
                                    l.getJsonArray("invoices"),
                                    x -> new InvoiceLine(
                                            InvoiceId.of(x.getString("code", null), x.getString("number")),
                                            money(x, "amount"),
                                            reason(x))),
                            money(l, "paid"),
                            money(l, "invoiced"),
                            money(l, "eligible"),
                            money(l, "invoiceShortfall")));
            Calculation calculation = new Calculation(
                    policy,
                    money(o, "capRemaining"),
                    leases,
                    money(o, "actualPayment"),
                    money(o, "eligibleExpense"),
                    o.containsKey("verifiedAmount") ? money(o, "verifiedAmount") : null,
                    o.getBoolean("belowMinimum"),
                    money(o, "subsidy"));
            EligibilityResult eligibility = new EligibilityResult(list(
                    o.getJsonArray("failures"),
                    f -> new EligibilityFailure(
                            f.getString("rule"),
                            f.getString("message"),
                            list(
                                    f.getJsonArray("reasons"),
                                    r -> new EligibilityFailure.Reason(
                                            r.getString("code"),
                                            r.getJsonArray("values").getValuesAs(jakarta.json.JsonString.class).stream()
                                                    .map(jakarta.json.JsonString::getString)
                                                    .toList())))));
            Set<ApplicationFlag> flags = EnumSet.noneOf(ApplicationFlag.class);
            for (JsonValue flag : o.getJsonArray("flags")) {
                flags.add(ApplicationFlag.valueOf(((jakarta.json.JsonString) flag).getString()));
            }
            return new ApplicationEvaluation(
                    calculation,
                    eligibility,
                    flags,
                    o.containsKey("monitoringDue") ? LocalDate.parse(o.getString("monitoringDue")) : null);
        } catch (RuntimeException unreadable) {
            // written by another version of the program (a code it no longer knows): compute it again
            return null;
        }
    }

    private static String money(Money m) {
        return m.amount().toPlainString();
    }

    private static Money money(JsonObject o, String key) {
        return new Money(new BigDecimal(o.getString(key)));
    }

    private static void reason(JsonGenerator g, ExclusionReason reason) {
        if (reason != null) {
            g.write("reason", reason.name());
        }
    }

    private static ExclusionReason reason(JsonObject o) {
        return o.containsKey("reason") ? ExclusionReason.valueOf(o.getString("reason")) : null;
    }

    private static <T> List<T> list(JsonArray array, Function<JsonObject, T> element) {
        List<T> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            out.add(element.apply(array.getJsonObject(i)));
        }
        return out;
    }
}
