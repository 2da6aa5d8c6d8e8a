package cn.gov.dongguan.voucher.adapter.rest.resource;

import cn.gov.dongguan.voucher.adapter.rest.dto.Wire;
import cn.gov.dongguan.voucher.adapter.rest.export.Spreadsheet;
import cn.gov.dongguan.voucher.adapter.rest.security.ActorPrincipal;
import cn.gov.dongguan.voucher.application.port.in.ApplicationSummary;
import cn.gov.dongguan.voucher.application.port.in.ExportBatchUseCase;
import cn.gov.dongguan.voucher.application.port.in.GetPublicNoticeUseCase;
import cn.gov.dongguan.voucher.application.port.in.ListMonitoringUseCase;
import cn.gov.dongguan.voucher.application.port.in.MonitoringItem;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringQuestion;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;

/** The batch spreadsheets of domain.md §9: applications, public notice, funding plan, disbursement list; and the monitoring answers (R-POST-1). */
@Path("/batches/{code}/exports")
@RequestScoped
public class ExportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ExportBatchUseCase exports;

    @Inject
    GetPublicNoticeUseCase notice;

    @Inject
    ListMonitoringUseCase monitoring;

    @Context
    SecurityContext security;

    @GET
    @Path("{name}.xlsx")
    @Produces(XLSX)
    public Response export(@PathParam("code") String code, @PathParam("name") String name) {
        BatchCode batch = BatchCode.of(code);
        var actor = ActorPrincipal.of(security);
        byte[] file =
                switch (name) {
                    case "applications" -> summaries("申报汇总", exports.applications(actor, batch));
                    case "plan" -> summaries("资金安排计划", exports.plan(actor, batch));
                    case "notice" -> {
                        exports.plan(actor, batch);
                        List<List<Object>> rows = new ArrayList<>();
                        notice.notice(batch)
                                .forEach(e -> rows.add(List.of(
                                        e.applicantName(),
                                        e.uscc().value(),
                                        e.town().value(),
                                        Wire.money(e.subsidy()))));
                        yield Spreadsheet.write("公示名单", List.of("申报单位", "统一社会信用代码", "所属镇街", "资助金额（元）"), rows);
                    }
                    case "disbursement" -> {
                        List<List<Object>> rows = new ArrayList<>();
                        exports.disbursement(actor, batch)
                                .forEach(r -> rows.add(List.of(
                                        r.applicantName(),
                                        r.uscc().value(),
                                        r.accountName(),
                                        r.bankName(),
                                        r.accountNumber().value(),
                                        Wire.money(r.amount()),
                                        r.stage().name(),
                                        r.bankReference() == null ? "" : r.bankReference(),
                                        Wire.date(r.paidOn()) == null ? "" : Wire.date(r.paidOn()))));
                        yield Spreadsheet.write(
                                "拨付清单",
                                List.of("收款单位", "统一社会信用代码", "开户名称", "开户银行", "银行账号", "拨付金额（元）", "状态", "银行流水号", "拨付日期"),
                                rows);
                    }
                    case "monitoring" -> monitoringSheet(monitoring.export(actor, batch));
                    default -> throw new NotFoundException("no export named " + name);
                };
        return Response.ok(file, XLSX)
                .header("Content-Disposition", ApplicationResource.attachment(code + "-" + name + ".xlsx"))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static byte[] summaries(String sheet, List<ApplicationSummary> rows) {
        List<List<Object>> values = new ArrayList<>();
        for (ApplicationSummary s : rows) {
            values.add(List.of(
                    s.id().toString(),
                    s.applicantName(),
                    s.uscc().value(),
                    s.town().value(),
                    s.category().name(),
                    s.projectName(),
                    s.stage().name(),
                    nz(Wire.instant(s.submittedAt())),
                    Wire.money(s.eligibleExpense()),
                    Wire.money(s.subsidy()),
                    nz(Wire.money(s.allocatedAmount()))));
        }
        return Spreadsheet.write(
                sheet,
                List.of(
                        "申请编号",
                        "申报单位",
                        "统一社会信用代码",
                        "所属镇街",
                        "单位类别",
                        "项目名称",
                        "阶段",
                        "提交时间",
                        "核定投入（元）",
                        "资助金额（元）",
                        "安排金额（元）"),
                values);
    }

    /**
     * R-POST-1: one row per request and question (a request of four questions is four rows), so that
     * the answers of a round can be filtered and summed per question (numbers and amounts are numeric
     * cells); an unanswered request has its rows with empty answers.
     */
    static byte[] monitoringSheet(List<MonitoringItem> items) {
        List<List<Object>> rows = new ArrayList<>();
        for (MonitoringItem item : items) {
            MonitoringRequest r = item.request();
            for (MonitoringQuestion q : r.questions()) {
                String answer = r.answers().get(q.key());
                rows.add(List.of(
                        r.id().toString(),
                        r.title(),
                        nz(Wire.instant(r.issuedAt())),
                        Wire.date(r.dueOn()),
                        r.funded().applicantName(),
                        r.applicant().value(),
                        r.town().value(),
                        item.status().name(),
                        r.late() ? "是" : "否",
                        nz(r.answeredAt().map(Wire::instant).orElse(null)),
                        q.key(),
                        q.text(),
                        q.kind().name(),
                        answerCell(q, answer)));
            }
        }
        return Spreadsheet.write(
                "跟踪监测",
                List.of(
                        "监测请求编号",
                        "监测事项",
                        "下发时间",
                        "截止日期",
                        "申报单位",
                        "统一社会信用代码",
                        "所属镇街",
                        "状态",
                        "逾期回复",
                        "回复时间",
                        "问题代码",
                        "问题",
                        "回答类型",
                        "回答"),
                rows);
    }

    /** Numbers and amounts as numeric cells (a round's revenues can be summed), the rest as text. */
    private static Object answerCell(MonitoringQuestion q, String answer) {
        if (answer == null) {
            return "";
        }
        return switch (q.kind()) {
            case NUMBER, MONEY -> new java.math.BigDecimal(answer);
            default -> answer;
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
