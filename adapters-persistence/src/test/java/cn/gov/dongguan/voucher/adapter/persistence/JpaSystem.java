package cn.gov.dongguan.voucher.adapter.persistence;

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
import cn.gov.dongguan.voucher.application.port.in.ApplicationDetails;
import cn.gov.dongguan.voucher.application.port.out.ChangeFeedPort;
import cn.gov.dongguan.voucher.application.service.ApplicationStore;
import cn.gov.dongguan.voucher.application.service.Services;
import cn.gov.dongguan.voucher.application.testing.ScriptedCreditLookup;
import cn.gov.dongguan.voucher.application.testing.SettableClock;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.review.Actor;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** The whole application layer over the real persistence adapter on one of the test databases. */
final class JpaSystem {

    final TestDatabase db;
    final SettableClock clock = SettableClock.at("2025-11-01T09:00");
    final ScriptedCreditLookup creditLookup = new ScriptedCreditLookup();
    final JpaApplicationRepository applications;
    final JpaAuditLog audit;
    final JpaBatchRepository batches;
    final Services services;
    final Services.Ports ports;

    JpaSystem(TestDatabase db) {
        this(db, feed -> feed);
    }

    /** With the change feed wrapped, e.g. to make it fail in the middle of a use case. */
    JpaSystem(TestDatabase db, UnaryOperator<ChangeFeedPort> feed) {
        this.db = db;
        this.applications = new JpaApplicationRepository(db.jpa);
        this.audit = new JpaAuditLog(db.jpa);
        this.batches = new JpaBatchRepository(db.jpa);
        JpaApplicationList lists = new JpaApplicationList(db.jpa);
        JpaClaimLedger claims = new JpaClaimLedger(db.jpa);
        ports = new Services.Ports(
                new JpaApplicantRepository(db.jpa),
                new JpaLeaseRepository(db.jpa),
                new JpaUsageRecordRepository(db.jpa),
                batches,
                new JpaTownRepository(db.jpa),
                applications,
                lists,
                claims,
                new JpaAllocationSource(db.jpa),
                feed.apply(new JpaChangeFeed(db.jpa)),
                audit,
                new FileSystemMaterialStore(
                        Path.of("target", "materials-" + UUID.randomUUID()).toAbsolutePath()),
                creditLookup,
                new JpaJobLock(db.jpa, db.isPostgres()),
                new JpaObjectionRepository(db.jpa),
                new JpaMonitoringRepository(db.jpa),
                clock,
                db.jpa,
                null);
        services = Services.assemble(ports);
    }

    /**
     * The application as {@code actor} sees it, evaluated now from every fact in the stores (what a
     * read before the stored evaluation computed), to compare with what a read answers.
     */
    ApplicationDetails freshDetails(Actor actor, ApplicationId id) {
        ApplicationStore store = new ApplicationStore(
                ports.applications(),
                ports.batches(),
                ports.applicants(),
                ports.leases(),
                ports.claims(),
                ports.usage(),
                ports.towns(),
                ports.feed(),
                ports.monitoring(),
                null);
        return db.jpa.inTransaction(() -> store.gather(store.require(id)).details(actor, clock.now()));
    }
}
