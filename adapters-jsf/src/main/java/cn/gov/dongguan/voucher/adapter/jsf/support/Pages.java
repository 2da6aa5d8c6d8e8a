package cn.gov.dongguan.voucher.adapter.jsf.support;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Navigation shared by the pages. */
public final class Pages {

    private Pages() {}

    /**
     * Post-redirect-get: the current page again, by a fresh GET with its view parameters (the
     * application, the batch, the list's filters) as the beans now hold them; the messages of this
     * request survive the redirect.
     */
    public static void showAgain() {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        String url = context.getApplication()
                .getViewHandler()
                .getRedirectURL(context, context.getViewRoot().getViewId(), Map.of(), true);
        try {
            context.getExternalContext().redirect(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Post-redirect-get to another page of the intranet with the given parameters; the messages survive. */
    public static void redirect(String viewId, Map<String, String> parameters) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        Map<String, java.util.List<String>> params = new java.util.LinkedHashMap<>();
        parameters.forEach((k, v) -> params.put(k, java.util.List.of(v)));
        String url = context.getApplication().getViewHandler().getRedirectURL(context, viewId, params, false);
        try {
            context.getExternalContext().redirect(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
