package cn.gov.dongguan.voucher.adapter.jsf.support;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language of the session's pages: Chinese unless the user switched to English. */
@Named("lang")
@SessionScoped
public class LocaleBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private Locale locale = CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguageTag() {
        return locale.toLanguageTag();
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /**
     * Switches between Chinese and English and shows the same page again in the other language,
     * with its view parameters (the application, the batch, the list's filters) kept.
     */
    public void toggle() {
        locale = isEnglish() ? CHINESE : Locale.ENGLISH;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        Pages.showAgain();
    }
}
