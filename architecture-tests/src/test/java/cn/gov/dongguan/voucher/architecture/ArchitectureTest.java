package cn.gov.dongguan.voucher.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.core.importer.Locations;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs {@link HexagonalRules} over the production classes of every module: domain, application
 * and the adapters from the class path, and the assembly module from its build folder (a WAR's
 * classes are no dependency a jar module can have).
 */
class ArchitectureTest {

    static final String BASE = "cn.gov.dongguan.voucher";
    static final Path APP_CLASSES = Path.of("..", "app", "target", "classes");
    static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        assertThat(APP_CLASSES.resolve("cn/gov/dongguan/voucher/app"))
                .as("the app module is built before the architecture tests (mvn from the root)")
                .isDirectory();
        Set<Location> locations = new HashSet<>(Locations.ofPackage(BASE));
        locations.add(Location.of(APP_CLASSES.toAbsolutePath().normalize()));
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importLocations(locations);
    }

    @Test
    void every_module_is_imported() {
        for (String pkg :
                new String[] {".domain", ".application", ".adapter.rest", ".adapter.jsf", ".adapter.persistence", ".app"
                }) {
            assertThat(production.containPackage(BASE + pkg)).as(pkg).isTrue();
        }
        assertThat(Files.isDirectory(APP_CLASSES)).isTrue();
    }

    @TestFactory
    Stream<DynamicTest> the_production_code_keeps_every_rule() {
        Map<String, ArchRule> rules = HexagonalRules.all(BASE);
        return rules.entrySet().stream()
                .map(rule -> DynamicTest.dynamicTest(
                        rule.getKey(), () -> rule.getValue().check(production)));
    }
}
