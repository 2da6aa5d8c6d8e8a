package cn.gov.dongguan.voucher.adapter.jsf.page;

import cn.gov.dongguan.voucher.adapter.jsf.support.Feedback;
import cn.gov.dongguan.voucher.adapter.jsf.support.Fmt;
import cn.gov.dongguan.voucher.adapter.jsf.support.Sheets;
import cn.gov.dongguan.voucher.adapter.jsf.support.SignedInUser;
import cn.gov.dongguan.voucher.adapter.jsf.support.Texts;
import cn.gov.dongguan.voucher.application.port.in.AuditEntry;
import cn.gov.dongguan.voucher.application.port.in.AuditQuery;
import cn.gov.dongguan.voucher.application.port.in.ListAuditLogUseCase;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * Page 7, the audit log: every action, newest first, filtered by who, what, target and period,
 * paged by sequence number (older entries on demand), each entry's hash checked, exportable.
 */
@Named("audit")
@ViewScoped
public class AuditBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 50;
    static final int EXPORT_PAGE = 500;
    /** An export stops after this many entries; a longer period is exported in parts. */
    static final int EXPORT_LIMIT = 100_000;

    @Inject
    SignedInUser me;

    @Inject
    ListAuditLogUseCase log;

    @Inject
    Fmt fmt;

    @Inject
    cn.gov.dongguan.voucher.adapter.jsf.support.TownNames towns;

    private String actor;
    private String action;
    private String target;
    private LocalDate from;
    private LocalDate to;
    private transient List<AuditEntry> entries;
    private boolean more;
    /** The units and batches the entries' targets name (an application by its unit's name, not its id). */
    private transient java.util.Map<String, String> names = new java.util.HashMap<>();

    /** Loads the page (a view action: refusals are shown before the page renders). */
    public void load() {
        search();
    }

    public void search() {
        entries = new ArrayList<>();
        more = false;
        older();
    }

    /** The next page of older entries. */
    public void older() {
        Long before = entries == null || entries.isEmpty()
                ? null
                : entries.get(entries.size() - 1).seq();
        List<AuditEntry> page = Feedback.attempt(() -> log.list(me.actor(), query(before, PAGE + 1)));
        if (page == null) {
            entries = null;
            return;
        }
        more = page.size() > PAGE;
        List<AuditEntry> shown = page.subList(0, Math.min(PAGE, page.size()));
        entries.addAll(shown);
        named(shown);
    }

    private void named(List<AuditEntry> page) {
        if (names == null) {
            names = new java.util.HashMap<>();
        }
        List<String> unknown = page.stream()
                .map(AuditEntry::target)
                .filter(t -> t != null && !names.containsKey(t))
                .distinct()
                .toList();
        if (!unknown.isEmpty()) {
            java.util.Map<String, String> found = Feedback.attempt(() -> log.targetNames(me.actor(), unknown));
            if (found != null) {
                names.putAll(found);
            }
        }
    }

    /** The entry's target in words: the unit's name, the batch, the user, the town. */
    public String target(AuditEntry e) {
        return Fmt.auditTarget(e.target(), names == null ? java.util.Map.of() : names, this::townName, Texts::text);
    }

    /** The entry's detail in words (the stored text stays in the export). */
    public String detail(AuditEntry e) {
        return Fmt.auditDetail(
                e.action(), e.result() == null ? null : e.result().name(), e.detail(), Texts::text);
    }

    private String townName(String code) {
        try {
            return towns.name(cn.gov.dongguan.voucher.domain.reference.TownCode.of(code));
        } catch (RuntimeException e) {
            return code;
        }
    }

    AuditQuery query(Long before, int limit) {
        Instant start = from == null ? null : from.atStartOfDay(Fmt.SHANGHAI).toInstant();
        Instant end =
                to == null ? null : to.plusDays(1).atStartOfDay(Fmt.SHANGHAI).toInstant();
        return new AuditQuery(blank(actor), blank(action), blank(target), start, end, before, limit);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public StreamedContent getExport() {
        return Sheets.download(
                "audit-log.xlsx",
                Texts.text("menu.audit"),
                List.of(
                        Texts.text("audit.seq"),
                        Texts.text("audit.at"),
                        Texts.text("audit.actor"),
                        Texts.text("audit.role"),
                        Texts.text("audit.town"),
                        Texts.text("audit.action"),
                        Texts.text("audit.target"),
                        Texts.text("audit.result"),
                        Texts.text("audit.detail"),
                        Texts.text("audit.intact"),
                        Texts.text("audit.rawTarget"),
                        Texts.text("audit.rawDetail")),
                sheet -> {
                    Long before = null;
                    int written = 0;
                    List<AuditEntry> page;
                    do {
                        page = log.list(me.actor(), query(before, EXPORT_PAGE));
                        named(page);
                        for (AuditEntry e : page) {
                            sheet.row(List.of(
                                    Long.toString(e.seq()),
                                    fmt.dateTime(e.at()),
                                    e.actor(),
                                    e.role() == null ? "" : Texts.label("role", e.role()),
                                    e.town() == null ? "" : towns.name(e.town()),
                                    fmt.auditAction(e.action()),
                                    target(e),
                                    Texts.label("result", e.result()),
                                    detail(e),
                                    e.isIntact() ? Texts.text("calc.yes") : Texts.text("calc.no"),
                                    // as recorded and covered by the hash chain, for the auditor who checks it
                                    e.target() == null ? "" : e.target(),
                                    e.detail() == null ? "" : e.detail()));
                        }
                        written += page.size();
                        before = page.isEmpty()
                                ? null
                                : page.get(page.size() - 1).seq();
                    } while (page.size() == EXPORT_PAGE && written < EXPORT_LIMIT);
                });
    }

    /**
     * Whether an entry is intact: its own hash matches its content and, where the entry before it
     * is on the page, it names that entry's hash (so a removed or altered entry in between shows).
     */
    public boolean intact(AuditEntry entry) {
        if (!entry.isIntact()) {
            return false;
        }
        int at = entries == null ? -1 : entries.indexOf(entry);
        if (at < 0 || at + 1 >= entries.size()) {
            return true;
        }
        AuditEntry before = entries.get(at + 1);
        return before.seq() != entry.seq() - 1 || before.hash().equals(entry.previousHash());
    }

    /** The actions the audit log records, for the filter: chosen by their words, not typed as codes. */
    public List<String> getActionChoices() {
        List<String> codes = new ArrayList<>(List.of(
                "LOGIN",
                "VIEW_APPLICATION",
                "VIEW_APPLICATION_FORM",
                "VIEW_OBJECTIONS",
                "DOWNLOAD_MATERIAL",
                "REGISTER_APPLICANT",
                "CREATE_APPLICATION",
                "ATTACH_MATERIAL",
                "SUBMIT",
                "RESUBMIT",
                "WITHDRAW",
                "RECORD_CREDIT_CHECK",
                "DISQUALIFY_APPLICANT",
                "LIFT_DISQUALIFICATION",
                "CHANGE_POLICY",
                "DEFINE_BATCH",
                "COMMIT_ALLOCATION",
                "PUBLISH_NOTICE",
                "END_NOTICE",
                "FILE_OBJECTION",
                "REPORT_PLAN",
                "RECORD_APPROVAL",
                "EXPIRE",
                "EXPORT_APPLICATIONS",
                "EXPORT_PLAN",
                "EXPORT_DISBURSEMENT",
                "EXPORT_MONITORING",
                "ISSUE_MONITORING",
                "ANSWER_MONITORING",
                "PUSH_LEASE",
                "PUSH_USAGE",
                "SAVE_USER",
                "SAVE_TOWN",
                "VIEW_AUDIT_LOG"));
        for (var a : cn.gov.dongguan.voucher.domain.review.ReviewAction.values()) {
            codes.add("REVIEW_" + a.name());
        }
        return codes;
    }

    public List<AuditEntry> getEntries() {
        return entries == null ? List.of() : entries;
    }

    public boolean isAllowed() {
        return entries != null;
    }

    public boolean isMore() {
        return more;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
