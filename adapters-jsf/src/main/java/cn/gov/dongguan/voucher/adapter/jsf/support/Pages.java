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
}
