package cn.gov.dongguan.voucher.adapter.jsf.support;

import cn.gov.dongguan.voucher.application.port.in.ListTownsUseCase;
import cn.gov.dongguan.voucher.domain.reference.Town;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The towns of the programme for one request: names for codes, and the choices of a town filter. */
@Named("towns")
@RequestScoped
public class TownNames {

    @Inject
    ListTownsUseCase towns;

    @Inject
    SignedInUser me;

    private List<Town> all;

    public List<Town> getAll() {
        if (all == null) {
            all = me.isSignedIn() ? towns.towns(me.actor()) : List.of();
        }
        return all;
    }

    public Map<String, String> getChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        getAll().forEach(t ->
                choices.put(t.code().value() + " " + t.nameZh(), t.code().value()));
        return choices;
    }

    public String name(Object code) {
        if (code == null) {
            return "";
        }
        String value = code instanceof TownCode t ? t.value() : code.toString();
        return getAll().stream()
                .filter(t -> t.code().value().equals(value))
                .map(Town::nameZh)
                .findFirst()
                .orElse(value);
    }
}
