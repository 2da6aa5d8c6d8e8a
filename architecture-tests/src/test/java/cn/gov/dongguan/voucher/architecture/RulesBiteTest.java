package cn.gov.dongguan.voucher.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Proves the rules bite: every rule fails on the deliberately bad sample, naming the offending
 * class, and passes on the good one (so it neither fires falsely nor checks an empty set).
 */
class RulesBiteTest {

    static final JavaClasses BAD = new ClassFileImporter().importPackages("archsample.bad");
    static final JavaClasses GOOD = new ClassFileImporter().importPackages("archsample.good");

    /** For each rule, a class of the bad sample that its failure report must name. */
    static final Map<String, String> OFFENDER = Map.ofEntries(
            Map.entry("domain depends only on the JDK", "archsample.bad.domain.Subsidy"),
            Map.entry("domain does no I/O and reads no clock", "java.time.Instant.now()"),
            Map.entry("application depends only on domain and the JDK", "archsample.bad.application.FileUseCase"),
            Map.entry("adapters never depend on each other", "archsample.bad.adapter.jsf.SubsidyBean"),
            Map.entry("only app depends on adapters", "archsample.bad.application.FileUseCase"),
            Map.entry("no cycles between packages", "archsample.bad.domain.other.Policy"),
            Map.entry("JPA only in the persistence adapter", "archsample.bad.adapter.jsf.SubsidyBean"),
            Map.entry("JAX-RS and JSON binding only in the REST adapter", "archsample.bad.application.FileUseCase"),
            Map.entry(
                    "JSON-P only in the REST adapter and in persistence's stored documents",
                    "archsample.bad.application.FileUseCase"),
            Map.entry("Faces and PrimeFaces only in the JSF adapter", "archsample.bad.adapter.persistence.SubsidyRow"),
            Map.entry(
                    "entities live in persistence and are named *JpaEntity",
                    "archsample.bad.adapter.persistence.SubsidyRow"),
            Map.entry(
                    "UI and REST reach use cases, never outbound ports",
                    "archsample.bad.application.port.out.SubsidyRepository"),
            Map.entry(
                    "outbound ports are interfaces named *Port",
                    "archsample.bad.application.port.out.SubsidyRepository"),
            Map.entry(
                    "port.out holds the ports and the types only they use",
                    "archsample.bad.adapter.rest.SubsidyResource"));

    @TestFactory
    Stream<DynamicTest> every_rule_fails_on_the_bad_sample() {
        Map<String, ArchRule> rules = HexagonalRules.all("archsample.bad");
        org.assertj.core.api.Assertions.assertThat(OFFENDER.keySet())
                .containsExactlyInAnyOrderElementsOf(rules.keySet());
        return rules.entrySet().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getKey(), () -> assertThatThrownBy(
                                () -> rule.getValue().check(BAD))
                        .isInstanceOf(AssertionError.class)
                        .hasMessageContaining(OFFENDER.get(rule.getKey()))));
    }

    @TestFactory
    Stream<DynamicTest> every_rule_passes_on_the_good_sample() {
        return HexagonalRules.all("archsample.good").entrySet().stream()
                .map(rule -> DynamicTest.dynamicTest(
                        rule.getKey(),
                        () -> assertThatCode(() -> rule.getValue().check(GOOD)).doesNotThrowAnyException()));
    }
}
