package cn.gov.dongguan.voucher.adapter.jsf.page;

import cn.gov.dongguan.voucher.adapter.jsf.support.SignedInUser;
import cn.gov.dongguan.voucher.application.port.in.DownloadMaterialUseCase;
import cn.gov.dongguan.voucher.application.port.in.DownloadMaterialUseCase.MaterialContent;
import cn.gov.dongguan.voucher.application.port.in.GetApplicationUseCase;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.Material;
import cn.gov.dongguan.voucher.domain.reference.MaterialType;
import cn.gov.dongguan.voucher.domain.shared.DomainException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The materials of an application for the intranet (ui.md: "previewed in the page, downloadable one
 * by one or all as a zip"): {@code /ui/material?id=…&type=…} serves one, inline for a PDF or an image
 * (shown in the detail page's preview frame) and as a download otherwise;
 * {@code /ui/materials.zip?id=…} all of them in one archive. Each read goes through the use case
 * with the signed-in user, so another town's application is "not found" and every download is
 * audited. Under {@code /ui/}, so only signed-in users reach it.
 */
@WebServlet({"/ui/material", "/ui/materials.zip"})
public class MaterialFilesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** What a browser shows by itself; anything else (OFD) is downloaded. */
    static final Set<String> SHOWN_INLINE = Set.of("application/pdf", "image/png", "image/jpeg");

    @Inject
    transient SignedInUser me;

    @Inject
    transient DownloadMaterialUseCase downloads;

    @Inject
    transient GetApplicationUseCase applications;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            ApplicationId id = ApplicationId.of(request.getParameter("id"));
            if (request.getServletPath().endsWith(".zip")) {
                zip(id, response);
            } else {
                one(id, MaterialType.valueOf(String.valueOf(request.getParameter("type"))), response);
            }
        } catch (DomainException | IllegalArgumentException | IllegalStateException e) {
            // not found, another town's, not allowed, or not a valid id or type: nothing to show, in one answer
            if (!response.isCommitted()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        }
    }

    private void one(ApplicationId id, MaterialType type, HttpServletResponse response) throws IOException {
        MaterialContent content = downloads.open(me.actor(), id, type);
        boolean inline = SHOWN_INLINE.contains(content.mediaType());
        response.setContentType(content.mediaType());
        response.setHeader(
                "Content-Disposition",
                (inline ? "inline" : "attachment") + "; filename*=UTF-8''"
                        + encoded(content.material().fileName()));
        response.setHeader("Cache-Control", "no-store");
        // shown in a frame of the detail page only: nothing it contains may run or reach anywhere
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setContentLengthLong(content.material().size());
        try (InputStream in = content.content()) {
            in.transferTo(response.getOutputStream());
        }
    }

    private void zip(ApplicationId id, HttpServletResponse response) throws IOException {
        List<Material> materials =
                applications.get(me.actor(), id).application().materials();
        if (materials.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/zip");
        // named like the form's PDF (application-form-<id>.pdf); the entries carry the materials' names
        String name = "materials-" + id + ".zip";
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + encoded(name));
        response.setHeader("Cache-Control", "no-store");
        try (ZipOutputStream zip = new ZipOutputStream(response.getOutputStream(), StandardCharsets.UTF_8)) {
            int n = 1;
            for (Material m : materials) {
                MaterialContent content = downloads.open(me.actor(), id, m.type());
                // numbered in the order of the notice's list, named by the material and the file uploaded
                zip.putNextEntry(new ZipEntry(
                        String.format(Locale.ROOT, "%02d-%s-%s", n++, m.type().nameZh(), m.fileName())
                                .replace('/', '_')
                                .replace('\\', '_')));
                try (InputStream in = content.content()) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
    }

    private static String encoded(String fileName) {
        return URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
