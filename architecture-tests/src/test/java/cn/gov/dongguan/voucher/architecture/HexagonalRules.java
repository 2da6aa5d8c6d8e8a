package cn.gov.dongguan.voucher.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dependency rules of the design card, for a code base rooted at {@code base}. Parameterised by
 * the base package so that the same rules run over the real system and over deliberately bad
 * samples that prove they bite. Every pattern is anchored at the base package, and every rule keeps
 * {@code failOnEmptyShould} on: a rule whose subject is empty checks nothing and fails.
 *
 * <pre>
 *   app ──► adapter.rest ─┐
 *     │  ─► adapter.jsf ──┼──► application ──► domain ──► JDK
 *     └──► adapter.persistence ┘
 * </pre>
 */
public final class HexagonalRules {

    private HexagonalRules() {}

    /** Every rule by a short name, in the order they are reported. */
    public static Map<String, ArchRule> all(String base) {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        rules.put("domain depends only on the JDK", domainDependsOnlyOnJdk(base));
        rules.put("domain does no I/O and reads no clock", domainHasNoIoAndNoClock(base));
        rules.put("application depends only on domain and the JDK", applicationDependsOnlyOnDomain(base));
        rules.put("adapters never depend on each other", adaptersAreIndependent(base));
        rules.put("only app depends on adapters", onlyAppDependsOnAdapters(base));
        rules.put("no cycles between packages", noPackageCycles(base));
        rules.put("JPA only in the persistence adapter", onlyPersistenceUsesJpa(base));
        rules.put("JAX-RS and JSON binding only in the REST adapter", onlyRestUsesJaxRsAndJson(base));
        rules.put(
                "JSON-P only in the REST adapter and in persistence's stored documents",
                onlyRestAndPersistenceUseJsonP(base));
        rules.put("Faces and PrimeFaces only in the JSF adapter", onlyJsfUsesFaces(base));
        rules.put("entities live in persistence and are named *JpaEntity", entitiesAreJpaEntities(base));
        rules.put("UI and REST reach use cases, never outbound ports", adaptersUseInboundPortsOnly(base));
        rules.put("outbound ports are interfaces named *Port", outboundPortsAreNamedPort(base));
        rules.put("port.out holds the ports and the types only they use", portOutTypesStayBehindThePorts(base));
        return rules;
    }

    static ArchRule domainDependsOnlyOnJdk(String base) {
        return classes()
                .that()
                .resideInAPackage(base + ".domain..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(base + ".domain..", "java..")
                .because("the domain is plain Java 17: no framework, no annotations from Jakarta");
    }

    static ArchRule domainHasNoIoAndNoClock(String base) {
        return noClasses()
                .that()
                .resideInAPackage(base + ".domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.io..", "java.nio.file..", "java.net..", "java.sql..", "java.util.logging..")
                .orShould()
                .callMethodWhere(DescribedPredicate.describe(
                        "a read of the clock",
                        call -> isClockRead(call.getTarget().getOwner(), call.getName())))
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.time.Clock")
                .because("time comes into the domain as a parameter; the domain does no I/O");
    }

    private static boolean isClockRead(JavaClass owner, String method) {
        String name = owner.getName();
        return (name.startsWith("java.time.") && method.equals("now"))
                || (name.equals("java.lang.System")
                        && (method.equals("currentTimeMillis") || method.equals("nanoTime")));
    }

    static ArchRule applicationDependsOnlyOnDomain(String base) {
        return classes()
                .that()
                .resideInAPackage(base + ".application..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(base + ".application..", base + ".domain..", "java..", "javax.crypto..")
                .because("use cases depend on the domain, on ports and on the JDK (java.base, javax.crypto for "
                        + "password hashes), never on a framework or an adapter");
    }

    static ArchRule adaptersAreIndependent(String base) {
        return slices().matching(base + ".adapter.(*)..")
                .should()
                .notDependOnEachOther()
                .because("adapters never depend on each other; app wires them");
    }

    static ArchRule onlyAppDependsOnAdapters(String base) {
        return noClasses()
                .that()
                .resideOutsideOfPackages(base + ".adapter..", base + ".app..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(base + ".adapter..")
                .because("only the assembly module knows the adapters");
    }

    static ArchRule noPackageCycles(String base) {
        return slices().matching(base + ".(**)").should().beFreeOfCycles();
    }

    static ArchRule onlyPersistenceUsesJpa(String base) {
        return noClasses()
                .that()
                .resideInAPackage(base + "..")
                .and()
                .resideOutsideOfPackages(base + ".adapter.persistence..", base + ".app..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.persistence..", "org.eclipse.persistence..", "org.flywaydb..")
                .because("JPA annotations and the database live in the persistence adapter "
                        + "(the assembly only hands it the container's entity manager)");
    }

    static ArchRule onlyRestUsesJaxRsAndJson(String base) {
        return noClasses()
                .that()
                .resideInAPackage(base + "..")
                .and()
                .resideOutsideOfPackages(base + ".adapter.rest..", base + ".app..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.ws.rs..", "jakarta.json.bind..", "com.fasterxml.jackson..")
                .because("JSON on the wire and HTTP belong to the REST adapter");
    }

    /**
     * JSON-P (the parser and generator, not binding) also in the persistence adapter, which stores an
     * application's evaluation as a JSON document (issue 12); never in the core or the UI.
     */
    static ArchRule onlyRestAndPersistenceUseJsonP(String base) {
        return noClasses()
                .that()
                .resideInAPackage(base + "..")
                .and()
                .resideOutsideOfPackages(base + ".adapter.rest..", base + ".adapter.persistence..", base + ".app..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.json..")
                .because("JSON is a format of the wire and of stored documents, which adapters own");
    }

    static ArchRule onlyJsfUsesFaces(String base) {
        return noClasses()
                .that()
                .resideInAPackage(base + "..")
                .and()
                .resideOutsideOfPackage(base + ".adapter.jsf..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.faces..", "org.primefaces..")
                .because("Faces and PrimeFaces belong to the UI adapter");
    }

    static ArchRule entitiesAreJpaEntities(String base) {
        String persistence = base + ".adapter.persistence";
        ArchCondition<JavaClass> mappedOnlyInPersistence =
                new ArchCondition<>("be mapped to tables only in the persistence adapter, entities named *JpaEntity") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        boolean inPersistence = c.getPackageName().startsWith(persistence);
                        boolean entity = c.isAnnotatedWith("jakarta.persistence.Entity")
                                || c.isAnnotatedWith("jakarta.persistence.MappedSuperclass");
                        boolean embeddable = c.isAnnotatedWith("jakarta.persistence.Embeddable");
                        if ((entity || embeddable) && !inPersistence) {
                            events.add(SimpleConditionEvent.violated(
                                    c, c.getName() + " is mapped outside the persistence adapter"));
                        } else if (entity && !c.getSimpleName().endsWith("JpaEntity")) {
                            events.add(SimpleConditionEvent.violated(
                                    c, c.getName() + " is an entity not named *JpaEntity"));
                        }
                    }
                };
        return classes()
                .that()
                .resideInAPackage(base + "..")
                .should(mappedOnlyInPersistence)
                .because("only the persistence adapter maps to tables");
    }

    static ArchRule adaptersUseInboundPortsOnly(String base) {
        return noClasses()
                .that()
                .resideInAnyPackage(base + ".adapter.rest..", base + ".adapter.jsf..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(base + ".application.port.out..")
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage(base + ".application.service..")
                .because("pages and resources call use cases, never outbound ports or services directly; "
                        + "the read models the use cases return live with them in port.in");
    }

    static ArchRule outboundPortsAreNamedPort(String base) {
        return classes()
                .that()
                .resideInAPackage(base + ".application.port.out..")
                .and()
                .areInterfaces()
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .haveSimpleNameEndingWith("Port")
                .because("every outbound port is named one way, *Port, whatever it reaches "
                        + "(a store, the clock, a partner system, the transaction boundary)");
    }

    static ArchRule portOutTypesStayBehindThePorts(String base) {
        return classes()
                .that()
                .resideInAPackage(base + ".application.port.out..")
                .and()
                .areNotInterfaces()
                .should()
                .onlyHaveDependentClassesThat()
                .resideInAnyPackage(
                        base + ".application.port.out..",
                        base + ".application.service..",
                        base + ".adapter.persistence..",
                        base + ".app..")
                .because("port.out holds the ports and the types only the ports, the services and the outbound "
                        + "adapters use; what a page or a resource shows belongs to the use cases (port.in)");
    }
}
