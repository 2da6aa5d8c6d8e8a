package cn.gov.dongguan.voucher.adapter.jsf.page;

import cn.gov.dongguan.voucher.adapter.jsf.support.BankReturnFile;
import cn.gov.dongguan.voucher.adapter.jsf.support.BankReturnFile.Column;
import cn.gov.dongguan.voucher.adapter.jsf.support.Feedback;
import cn.gov.dongguan.voucher.adapter.jsf.support.Fmt;
import cn.gov.dongguan.voucher.adapter.jsf.support.SignedInUser;
import cn.gov.dongguan.voucher.adapter.jsf.support.Texts;
import cn.gov.dongguan.voucher.application.port.in.ApplicationDetails;
import cn.gov.dongguan.voucher.application.port.in.GetApplicationUseCase;
import cn.gov.dongguan.voucher.application.port.in.ReviewApplicationUseCase;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.ReviewCommand;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.DomainException;
import cn.gov.dongguan.voucher.domain.shared.Money;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 拨付 from the bank's return file (issue 11: bulk where the notice's process is bulk): the fund
 * manager uploads the bank's xlsx or CSV (application number, bank reference, day paid, amount per
 * line, e.g. the disbursement list this page exports, filled in by the bank); every line is checked
 * first (the application is this batch's, approved, and the amount is exactly its allocated amount),
 * shown, and only the lines that pass are registered, one application at a time through the same use
 * case as a single payment (R-ELIG-4's fresh credit look-up included), each result reported.
 */
@Named("payments")
@ViewScoped
public class PaymentImportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SignedInUser me;

    @Inject
    GetApplicationUseCase applications;

    @Inject
    ReviewApplicationUseCase review;

    @Inject
    BatchBean batchPage;

    @Inject
    Fmt fmt;

    /** One line of the file as checked, then as registered. */
    public static final class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int row;
        private final String applicationId;
        private final String applicantName;
        private final String amount;
        private final String bankReference;
        private final LocalDate paidOn;
        private final long version;
        private final boolean ready;
        private String result;
        private boolean done;

        Line(
                int row,
                String applicationId,
                String applicantName,
                String amount,
                String bankReference,
                LocalDate paidOn,
                long version,
                boolean ready,
                String result) {
            this.row = row;
            this.applicationId = applicationId;
            this.applicantName = applicantName;
            this.amount = amount;
            this.bankReference = bankReference;
            this.paidOn = paidOn;
            this.version = version;
            this.ready = ready;
            this.result = result;
        }

        public int getRow() {
            return row;
        }

        public String getApplicationId() {
            return applicationId;
        }

        public String getApplicantName() {
            return applicantName;
        }

        public String getAmount() {
            return amount;
        }

        public String getBankReference() {
            return bankReference;
        }

        public LocalDate getPaidOn() {
            return paidOn;
        }

        public boolean isReady() {
            return ready;
        }

        public boolean isDone() {
            return done;
        }

        public String getResult() {
            return result;
        }
    }

    private String fileName;
    private List<Line> lines;
    private boolean registered;

    /** The file chosen in the form (a plain file input: labelled, keyboard-operable, nothing hidden from assistive technology). */
    private transient jakarta.servlet.http.Part file;

    /** The file arrives: read and checked, nothing registered yet. */
    public void check() {
        lines = null;
        registered = false;
        if (file == null || file.getSize() == 0) {
            Texts.error("payments:file", Texts.text("error.invalid"), Texts.text("bankReturn.noFile"));
            return;
        }
        fileName = file.getSubmittedFileName();
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(BankReturnFile.MAX_BYTES + 1);
        } catch (IOException e) {
            Texts.error("payments:file", Texts.text("error.invalid"), Texts.text("bankReturn.NOT_READABLE"));
            return;
        }
        Map<Column, List<String>> headers = new EnumMap<>(Column.class);
        headers.put(Column.APPLICATION_ID, Texts.inEveryLanguage("col.id"));
        headers.put(Column.BANK_REFERENCE, Texts.inEveryLanguage("detail.bankReference"));
        List<String> paid = new ArrayList<>(Texts.inEveryLanguage("detail.paidOn"));
        paid.addAll(Texts.inEveryLanguage("bankReturn.paidOnAlias"));
        headers.put(Column.PAID_ON, paid);
        headers.put(Column.AMOUNT, Texts.inEveryLanguage("detail.amount"));
        BankReturnFile.Parsed parsed = BankReturnFile.parse(content, fileName, headers);
        if (parsed.fileProblem() != null) {
            Texts.error(
                    "payments:file",
                    Texts.text("error.invalid"),
                    Texts.text("bankReturn." + parsed.fileProblem().name(), BankReturnFile.MAX_LINES));
            return;
        }
        List<Line> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (BankReturnFile.Line l : parsed.lines()) {
            checked.add(check(l, seen));
        }
        lines = checked;
        long ready = checked.stream().filter(Line::isReady).count();
        Texts.info("bankReturn.checked", checked.size(), ready, checked.size() - ready);
    }

    private Line check(BankReturnFile.Line l, Set<String> seen) {
        if (!l.readable()) {
            return line(
                    l,
                    "",
                    0,
                    false,
                    String.join(
                            "；",
                            l.problems().stream()
                                    .map(p -> Texts.text("bankReturn." + p.name()))
                                    .toList()));
        }
        if (!seen.add(l.applicationId())) {
            return line(l, "", 0, false, Texts.text("bankReturn.DUPLICATE"));
        }
        ApplicationDetails d;
        try {
            d = applications.get(me.actor(), ApplicationId.of(l.applicationId()));
        } catch (DomainException | IllegalArgumentException e) {
            return line(l, "", 0, false, Texts.text("bankReturn.UNKNOWN_APPLICATION"));
        }
        String name = d.applicant().profile().name();
        long version = d.application().version();
        if (!d.application().batch().value().equals(batchPage.getCode())) {
            return line(
                    l,
                    name,
                    version,
                    false,
                    Texts.text("bankReturn.OTHER_BATCH", d.application().batch().value()));
        }
        if (d.stage() != ReviewStage.APPROVED) {
            return line(
                    l, name, version, false, Texts.text("bankReturn.NOT_APPROVED", Texts.label("stage", d.stage())));
        }
        Money allocated = d.application().allocatedAmount().orElse(null);
        if (allocated == null || allocated.amount().compareTo(l.amount()) != 0) {
            return line(
                    l, name, version, false, Texts.text("bankReturn.AMOUNT_DIFFERS", amount(l), fmt.money(allocated)));
        }
        return line(l, name, version, true, Texts.text("bankReturn.READY"));
    }

    private static String amount(BankReturnFile.Line l) {
        return l.amount() == null ? "" : Fmt.yuan(l.amount());
    }

    /** The line as checked: what the file said, the application's name and version where found, and the verdict. */
    private static Line line(BankReturnFile.Line l, String name, long version, boolean ready, String result) {
        return new Line(
                l.row(), l.applicationId(), name, amount(l), l.bankReference(), l.paidOn(), version, ready, result);
    }

    /** Registers the payment of every line that passed the check, each on its own; reports each result. */
    public void register() {
        if (lines == null || registered) {
            return;
        }
        int paid = 0;
        int refused = 0;
        for (Line line : lines) {
            if (!line.ready) {
                continue;
            }
            try {
                review.act(
                        me.actor(),
                        ApplicationId.of(line.applicationId),
                        line.version,
                        new ReviewCommand.Disburse(line.bankReference, line.paidOn));
                line.done = true;
                line.result = Texts.text("bankReturn.PAID");
                paid++;
            } catch (DomainException e) {
                line.result = Feedback.words(e);
                refused++;
            }
        }
        registered = true;
        long notChecked = lines.stream().filter(l -> !l.ready).count();
        Texts.info("bankReturn.registered", paid, refused, notChecked);
        // the batch's way again (拨付 n / m), the report stays in this view
        batchPage.load();
    }

    public jakarta.servlet.http.Part getFile() {
        return file;
    }

    public void setFile(jakarta.servlet.http.Part file) {
        this.file = file;
    }

    public void clear() {
        lines = null;
        registered = false;
        fileName = null;
    }

    public List<Line> getLines() {
        return lines;
    }

    public long getReadyCount() {
        return lines == null ? 0 : lines.stream().filter(Line::isReady).count();
    }

    public boolean isRegistered() {
        return registered;
    }

    public String getFileName() {
        return fileName;
    }

    public String getRegisterLabel() {
        return Texts.text("bankReturn.register", getReadyCount());
    }

    public String getConfirmation() {
        return Texts.text("bankReturn.confirm", getReadyCount(), fileName == null ? "" : fileName);
    }
}
