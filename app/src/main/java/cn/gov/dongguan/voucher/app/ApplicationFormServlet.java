package cn.gov.dongguan.voucher.app;

import cn.gov.dongguan.voucher.adapter.jsf.support.SignedInUser;
import cn.gov.dongguan.voucher.adapter.rest.export.ApplicationFormPdf;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.shared.DomainException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The printable application form (申请表, ui.md conventions) for the intranet: the signed-in user of
 * the UI session reads the application through the use case (another town's is "not found") and
 * gets the same PDF as partners get from {@code GET /api/v1/applications/{id}/form.pdf}. It lives in
 * the assembly because it joins the UI's session principal to the REST adapter's renderer, and
 * adapters never depend on each other. Under {@code /ui/}, so only signed-in users reach it.
 */
@WebServlet("/ui/form.pdf")
public class ApplicationFormServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SignedInUser me;

    @Inject
    transient cn.gov.dongguan.voucher.application.port.in.GetApplicationFormUseCase applications;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        cn.gov.dongguan.voucher.application.port.in.GetApplicationFormUseCase.ApplicationForm details;
        try {
            details = applications.form(me.actor(), ApplicationId.of(request.getParameter("id")));
        } catch (DomainException | IllegalArgumentException | IllegalStateException e) {
            // not found, another town's, not allowed or not a valid id: nothing to show, in one answer
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf = ApplicationFormPdf.render(details);
        response.setContentType("application/pdf");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"application-form-"
                        + details.details().application().id() + ".pdf\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
