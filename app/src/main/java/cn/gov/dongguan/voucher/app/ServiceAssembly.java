package cn.gov.dongguan.voucher.app;

import cn.gov.dongguan.voucher.adapter.persistence.file.FileSystemMaterialStore;
import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaAllocationSource;
import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaApplicantRepository;
import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaApplicationList;
import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaApplicationRepository;
import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaAuditLog;
import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaBatchRepository;
import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaChangeFeed;
import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaClaimLedger;
import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaJobLock;
import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaLeaseRepository;
import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaMonitoringRepository;
import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaObjectionRepository;
import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaTownRepository;
import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaUsageRecordRepository;
import cn.gov.dongguan.voucher.adapter.persistence.migration.DatabaseMigrations;
import cn.gov.dongguan.voucher.application.port.out.ClockPort;
import cn.gov.dongguan.voucher.application.service.Services;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Wires the real adapters into the application layer: JPA repositories on the container's entity
 * manager, JTA transactions, the file store ({@code voucher.files.dir}, default {@code ./data/materials}),
 * the programme clock and the credit look-up.
 */
@ApplicationScoped
public class ServiceAssembly {

    @Resource(lookup = "java:app/jdbc/voucher")
    DataSource dataSource;

    @Inject
    ContainerJpa jpa;

    @Inject
    JtaTransactions transactions;

    @Inject
    ProgrammeClock clock;

    @Inject
    DemoCreditLookup creditLookup;

    private Services services;
    private Services.Ports ports;

    @PostConstruct
    void assemble() {
        Config config = ConfigProvider.getConfig();
        // the key of the lists' cursors (issue 14): shared by instances behind one address, random otherwise
        config.getOptionalValue("voucher.cursor.key", String.class)
                .map(key -> java.util.Base64.getDecoder().decode(key.strip()))
                .ifPresent(cn.gov.dongguan.voucher.application.service.Cursor::useKey);
        Path files = Path.of(
                config.getOptionalValue("voucher.files.dir", String.class).orElse("./data/materials"));
        UnifiedSocialCreditCode operator = config.getOptionalValue("voucher.platform.operator", String.class)
                .map(UnifiedSocialCreditCode::of)
                .orElse(null);
        boolean postgres = DatabaseMigrations.vendor(dataSource).equals("postgresql");
        ports = new Services.Ports(
                new JpaApplicantRepository(jpa),
                new JpaLeaseRepository(jpa),
                new JpaUsageRecordRepository(jpa),
                new JpaBatchRepository(jpa),
                new JpaTownRepository(jpa),
                new JpaApplicationRepository(jpa),
                new JpaApplicationList(jpa),
                new JpaClaimLedger(jpa),
                new JpaAllocationSource(jpa),
                new JpaChangeFeed(jpa),
                new JpaAuditLog(jpa),
                new FileSystemMaterialStore(files.toAbsolutePath()),
                creditLookup,
                new JpaJobLock(jpa, postgres),
                new JpaObjectionRepository(jpa),
                new JpaMonitoringRepository(jpa),
                clock,
                transactions,
                operator);
        services = Services.assemble(ports);
    }

    public Services services() {
        return services;
    }

    /** The same adapters with another clock: the demo data is filed at the dates it pretends. */
    public Services withClock(ClockPort other) {
        return Services.assemble(ports.withClock(other));
    }

    public Services.Ports ports() {
        return ports;
    }
}
