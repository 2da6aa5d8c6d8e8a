package cn.gov.dongguan.voucher.adapter.jsf.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The texts of the pages, from the resource bundle {@code msg} in the view's language. */
public final class Texts {

    private Texts() {}

    static final String BUNDLE = "cn.gov.dongguan.voucher.adapter.jsf.messages";

    /**
     * The text in the session's language (not the view root's, which is not settled yet while view
     * actions run before rendering).
     */
    public static String text(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context.getApplication().evaluateExpressionGet(context, "#{lang.locale}", Locale.class);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader());
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The text of a key in every language of the intranet (a file's header may be written in either). */
    public static java.util.List<String> inEveryLanguage(String key) {
        java.util.List<String> texts = new java.util.ArrayList<>();
        for (Locale locale : java.util.List.of(Locale.CHINESE, Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader());
            if (bundle.containsKey(key)) {
                texts.add(bundle.getString(key));
            }
        }
        return texts;
    }

    /** The text of an enum constant: {@code prefix.NAME}. */
    public static String label(String prefix, Enum<?> value) {
        return value == null ? "" : text(prefix + "." + value.name());
    }

    public static void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, args), null);
    }

    public static void error(String clientId, String summary, String detail) {
        add(clientId, FacesMessage.SEVERITY_ERROR, summary, detail);
    }

    /** A message; without a detail the detail is empty (a FacesMessage would repeat its summary). */
    static void add(String clientId, FacesMessage.Severity severity, String summary, String detail) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(severity, summary, detail == null ? "" : " " + detail));
    }
}
