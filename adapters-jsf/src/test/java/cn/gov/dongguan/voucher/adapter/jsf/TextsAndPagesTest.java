package cn.gov.dongguan.voucher.adapter.jsf;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.application.port.in.AuditEntry;
import cn.gov.dongguan.voucher.domain.batch.AllocationMode;
import cn.gov.dongguan.voucher.domain.calculation.ExclusionReason;
import cn.gov.dongguan.voucher.domain.filing.ApplicationFlag;
import cn.gov.dongguan.voucher.domain.filing.LegalRepConfirmation;
import cn.gov.dongguan.voucher.domain.lease.InvoiceCopy;
import cn.gov.dongguan.voucher.domain.lease.PaymentMethod;
import cn.gov.dongguan.voucher.domain.reference.ApplicantCategory;
import cn.gov.dongguan.voucher.domain.reference.MaterialType;
import cn.gov.dongguan.voucher.domain.reference.TownKind;
import cn.gov.dongguan.voucher.domain.review.ReviewAction;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.review.Role;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * ui.md: Chinese by default, English switchable, every text from the resource bundles. The two
 * bundles have the same keys; every key a page uses exists; every enum value a page shows has its
 * words in both languages; and no page holds a Chinese literal of its own.
 */
class TextsAndPagesTest {

    static final Path BUNDLES = Path.of("src/main/resources/cn/gov/dongguan/voucher/adapter/jsf");
    static final Path PAGES = Path.of("src/main/resources/META-INF/resources");

    static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void chinese_and_english_have_the_same_keys_and_no_empty_text() throws IOException {
        Properties zh = load("messages_zh.properties");
        Properties en = load("messages_en.properties");
        assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        assertThat(zh.stringPropertyNames())
                .allMatch(
                        k -> !zh.getProperty(k).isBlank() && !en.getProperty(k).isBlank());
        // the base bundle is empty on purpose: a lookup never lands on the JVM's language
        assertThat(load("messages.properties")).isEmpty();
    }

    @Test
    void every_value_a_page_shows_has_words_in_both_languages() throws IOException {
        Map<String, Class<? extends Enum<?>>> labelled = Map.ofEntries(
                Map.entry("stage", ReviewStage.class),
                Map.entry("action", ReviewAction.class),
                Map.entry("role", Role.class),
                Map.entry("category", ApplicantCategory.class),
                Map.entry("material", MaterialType.class),
                Map.entry("exclusion", ExclusionReason.class),
                Map.entry("flag", ApplicationFlag.class),
                Map.entry("mode", AllocationMode.class),
                Map.entry("confirmation", LegalRepConfirmation.class),
                Map.entry("method", PaymentMethod.class),
                Map.entry("copy", InvoiceCopy.class),
                Map.entry("townKind", TownKind.class),
                Map.entry("result", AuditEntry.AuditResult.class));
        for (String file : List.of("messages_zh.properties", "messages_en.properties")) {
            Properties texts = load(file);
            List<String> missing = new ArrayList<>();
            labelled.forEach((prefix, type) -> {
                for (Enum<?> value : type.getEnumConstants()) {
                    if (!texts.containsKey(prefix + "." + value.name())) {
                        missing.add(prefix + "." + value.name());
                    }
                }
            });
            for (int rule = 1; rule <= 7; rule++) {
                if (!texts.containsKey("rule.R-ELIG-" + rule)) {
                    missing.add("rule.R-ELIG-" + rule);
                }
            }
            assertThat(missing).as(file).isEmpty();
        }
    }

    @Test
    void every_key_the_pages_use_exists_and_pages_hold_no_chinese_text_of_their_own() throws IOException {
        Properties zh = load("messages_zh.properties");
        Pattern key = Pattern.compile("msg\\['([^']+)'\\]");
        Pattern cjk = Pattern.compile("[\\u4e00-\\u9fff]");
        Set<String> used = new TreeSet<>();
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                String text = Files.readString(page, StandardCharsets.UTF_8);
                Matcher m = key.matcher(text);
                while (m.find()) {
                    used.add(m.group(1));
                }
                if (cjk.matcher(text.replaceAll("<!--.*?-->", "")).find()) {
                    literals.add(page.toString());
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(used).allMatch(zh::containsKey, "defined in the bundles");
        assertThat(literals).as("pages with Chinese literals").isEmpty();
    }
}
