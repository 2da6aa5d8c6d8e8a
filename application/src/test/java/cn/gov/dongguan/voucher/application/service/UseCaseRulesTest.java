package cn.gov.dongguan.voucher.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.dongguan.voucher.application.NotFoundException;
import cn.gov.dongguan.voucher.application.StaleVersionException;
import cn.gov.dongguan.voucher.application.port.in.ApplicationSort;
import cn.gov.dongguan.voucher.application.port.in.ApplicationSummary;
import cn.gov.dongguan.voucher.application.port.in.AuditEntry;
import cn.gov.dongguan.voucher.application.port.in.AuditQuery;
import cn.gov.dongguan.voucher.application.port.in.IngestUsageRecordsUseCase.Indexed;
import cn.gov.dongguan.voucher.application.port.in.IngestUsageRecordsUseCase.IngestResult;
import cn.gov.dongguan.voucher.application.port.in.IngestUsageRecordsUseCase.Rejection;
import cn.gov.dongguan.voucher.application.port.in.ListApplicationsUseCase.ApplicationPage;
import cn.gov.dongguan.voucher.application.port.in.ListApplicationsUseCase.ListQuery;
import cn.gov.dongguan.voucher.application.port.in.WorkQueueUseCase.QueueItem;
import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.allocation.AllocationSimulation;
import cn.gov.dongguan.voucher.domain.batch.AllocationMode;
import cn.gov.dongguan.voucher.domain.batch.PolicyChange;
import cn.gov.dongguan.voucher.domain.filing.ApplicationFlag;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.ReviewCommand;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.lease.UsageRecord;
import cn.gov.dongguan.voucher.domain.reference.CreditList;
import cn.gov.dongguan.voucher.domain.reference.MaterialType;
import cn.gov.dongguan.voucher.domain.review.ReviewAction;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.ForbiddenException;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import cn.gov.dongguan.voucher.domain.shared.Upsert;
import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import cn.gov.dongguan.voucher.domain.shared.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Authorisation (role × stage × town), idempotency, uploads, concurrency and lists, per use case. */
class UseCaseRulesTest {

    final Scenario s = new Scenario();

    @Test
    @Tag("R-FLOW-4")
    void r_flow_4_an_officer_of_another_town_sees_nothing_of_the_application() {
        ApplicationId id = s.submitted(10, DomainFixtures.DONGCHENG, "60000.00");
        assertThatThrownBy(() -> s.system.services.reading().get(Scenario.TOWN_SONGSHANHU, id))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> s.system.services.reading().calculation(Scenario.TOWN_SONGSHANHU, id))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        s.system.services.filing().open(Scenario.TOWN_SONGSHANHU, id, MaterialType.APPLICATION_FORM))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> s.system
                        .services
                        .review()
                        .act(Scenario.TOWN_SONGSHANHU, id, 0, Scenario.request(ReviewAction.PASS)))
                .isInstanceOf(NotFoundException.class);
        assertThat(s.system
                        .services
                        .queries()
                        .list(Scenario.TOWN_SONGSHANHU, ListQuery.firstPage(50))
                        .items())
                .isEmpty();
        assertThat(s.system
                        .services
                        .queries()
                        .list(Scenario.TOWN_DONGCHENG, ListQuery.firstPage(50))
                        .items())
                .hasSize(1);
        assertThatThrownBy(() -> s.system
                        .services
                        .applicants()
                        .get(Scenario.TOWN_SONGSHANHU, DomainFixtures.dongguanEnterprise(10)))
                .isInstanceOf(NotFoundException.class);
        // the refusals are audited
        assertThat(s.system.audit.find(new AuditQuery("town-songshanhu", null, null, null, null, null, 50)))
                .isNotEmpty()
                .allMatch(e -> e.result() == AuditEntry.AuditResult.DENIED);
    }

    @Test
    @Tag("R-FLOW-4")
    void r_flow_4_the_evidence_of_an_application_shows_its_leases_and_monthly_usage_only_to_its_readers() {
        ApplicationId id = s.submitted(12, DomainFixtures.DONGCHENG, "60000.00", "40000.00");
        var evidence = s.system.services.reading().evidence(Scenario.TOWN_DONGCHENG, id);
        assertThat(evidence.leases()).hasSize(1);
        assertThat(evidence.leases().get(0).payments()).hasSize(2);
        assertThat(evidence.leases().get(0).invoices()).hasSize(2);
        OrderNumber order = evidence.leases().get(0).orderNo();
        // 192 card-hours metered on 2025-01-01 (Asia/Shanghai) in the scenario
        assertThat(evidence.monthlyCardHours().get(order))
                .containsOnlyKeys(java.time.YearMonth.of(2025, 1))
                .hasEntrySatisfying(
                        java.time.YearMonth.of(2025, 1), h -> assertThat(h).isEqualByComparingTo("192"));
        assertThatThrownBy(() -> s.system.services.reading().evidence(Scenario.TOWN_SONGSHANHU, id))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> s.system.services.reading().evidence(Scenario.PLATFORM, id))
                .isInstanceOf(ForbiddenException.class);
        // reading the application shows the applicant's personal data: the view is audited (quality.md)
        s.system.services.reading().get(Scenario.TOWN_DONGCHENG, id);
        assertThat(s.system.audit.find(
                        new AuditQuery("town-dongcheng", "VIEW_APPLICATION", "application:" + id, null, null, null, 5)))
                .singleElement()
                .extracting(AuditEntry::result)
                .isEqualTo(AuditEntry.AuditResult.SUCCESS);
    }

    @Test
    @Tag("R-REF-1")
    void r_ref_1_an_administrator_adds_a_park_without_a_release_and_closes_a_town_to_new_registrations() {
        var park = cn.gov.dongguan.voucher.domain.reference.Town.of(
                "NEWPARK", "新区园区", cn.gov.dongguan.voucher.domain.reference.TownKind.PARK);
        s.system.services.applicants().save(Scenario.ADMIN, park);
        assertThat(s.system.services.applicants().towns(Scenario.CITY)).contains(park);
        UnifiedSocialCreditCode uscc = DomainFixtures.dongguanEnterprise(7001);
        s.system
                .services
                .applicants()
                .register(
                        Scenario.PORTAL,
                        uscc,
                        DomainFixtures.profile(
                                park.code(), cn.gov.dongguan.voucher.domain.reference.ApplicantCategory.MANUFACTURING));
        // closed: applicants there stay, new ones are refused (R-REF-1)
        s.system
                .services
                .applicants()
                .save(
                        Scenario.ADMIN,
                        new cn.gov.dongguan.voucher.domain.reference.Town(
                                park.code(), park.nameZh(), park.kind(), false));
        assertThatThrownBy(() -> s.system
                        .services
                        .applicants()
                        .register(
                                Scenario.PORTAL,
                                DomainFixtures.dongguanEnterprise(7002),
                                DomainFixtures.profile(
                                        park.code(),
                                        cn.gov.dongguan.voucher.domain.reference.ApplicantCategory.MANUFACTURING)))
                .isInstanceOf(ValidationException.class);
        assertThat(s.system.services.applicants().get(Scenario.CITY, uscc)).isNotNull();
        assertThatThrownBy(() -> s.system.services.applicants().save(Scenario.CITY, park))
                .isInstanceOf(ForbiddenException.class);
        assertThat(s.system.audit.find(new AuditQuery("admin", "SAVE_TOWN", "town:NEWPARK", null, null, null, 5)))
                .hasSize(2);
    }

    @Test
    @Tag("R-REF-1")
    void r_ref_1_every_intranet_role_reads_the_towns_in_code_order_and_partners_do_not() {
        var towns = s.system.services.applicants().towns(Scenario.TOWN_SONGSHANHU);
        assertThat(towns).isNotEmpty();
        assertThat(towns).extracting(t -> t.code().value()).isSorted();
        assertThatThrownBy(() -> s.system.services.applicants().towns(Scenario.PLATFORM))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    @Tag("R-FLOW-4")
    void r_flow_4_the_own_town_officer_acts_only_in_town_review() {
        ApplicationId id = s.submitted(11, DomainFixtures.DONGCHENG, "60000.00");
        assertThatThrownBy(() -> s.act(Scenario.TOWN_DONGCHENG, id, Scenario.request(ReviewAction.OPEN)))
                .isInstanceOf(ForbiddenException.class);
        s.act(Scenario.CITY, id, Scenario.request(ReviewAction.OPEN));
        assertThatThrownBy(() -> s.act(Scenario.TOWN_DONGCHENG, id, new ReviewCommand.TownPass(true)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(s.system.services.reading().get(Scenario.TOWN_DONGCHENG, id).availableActions())
                .isEmpty();
    }

    @Test
    void roles_may_do_only_what_the_stage_table_gives_them() {
        ApplicationId id = s.submitted(12, DomainFixtures.DONGCHENG, "60000.00");
        assertThatThrownBy(() -> s.system.services.reading().get(Scenario.PLATFORM, id))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> s.act(Scenario.PORTAL, id, Scenario.request(ReviewAction.OPEN)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> s.act(Scenario.EXPERT, id, Scenario.request(ReviewAction.PASS)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> s.act(Scenario.CITY, id, Scenario.request(ReviewAction.SUBMIT)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> s.system.services.filing().submit(Scenario.CITY, id))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() ->
                        s.system.services.allocation().commit(Scenario.CITY, s.batch.code(), AllocationMode.RATIO))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> s.system
                        .services
                        .leases()
                        .upsert(
                                Scenario.PORTAL,
                                OrderNumber.of("X"),
                                DomainFixtures.terms(DomainFixtures.dongguanEnterprise(12))))
                .isInstanceOf(ForbiddenException.class);
        assertThat(s.system.services.reading().get(Scenario.CITY, id).availableActions())
                .containsExactlyInAnyOrder(ReviewAction.OPEN, ReviewAction.TERMINATE);
    }

    @Test
    @Tag("R-FLOW-7")
    void r_flow_7_a_stale_version_is_refused_and_changes_nothing() {
        ApplicationId id = s.submitted(13, DomainFixtures.DONGCHENG, "60000.00");
        long seen = s.version(id);
        s.system.services.review().act(Scenario.CITY, id, seen, Scenario.request(ReviewAction.OPEN));
        assertThatThrownBy(() -> s.system
                        .services
                        .review()
                        .act(Scenario.CITY, id, seen, new ReviewCommand.Terminate("伪造发票", false)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(s.system.services.reading().get(Scenario.CITY, id).stage()).isEqualTo(ReviewStage.ELIGIBILITY_CHECK);
    }

    @Test
    @Tag("R-FLOW-8")
    @Tag("R-FLOW-6")
    void r_flow_8_and_r_flow_6_one_open_application_and_none_after_serious_fraud() {
        ApplicationId id = s.submitted(14, DomainFixtures.DONGCHENG, "60000.00");
        UnifiedSocialCreditCode uscc = DomainFixtures.dongguanEnterprise(14);
        assertThatThrownBy(() -> s.file(uscc, "ORD-14"))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).violations())
                        .extracting(Violation::rule)
                        .containsExactly("R-FLOW-8"));
        s.act(Scenario.CITY, id, new ReviewCommand.Terminate("伪造发票", true));
        assertThatThrownBy(() -> s.file(uscc, "ORD-14"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("R-FLOW-6");
        s.system.services.applicants().lift(Scenario.CITY, uscc, "复核后撤销");
        assertThat(s.file(uscc, "ORD-14")).isNotEqualTo(id);
    }

    @Test
    @Tag("R-ELIG-4")
    void r_elig_4_a_listed_applicant_cannot_pass_the_eligibility_check() {
        s.system.creditLookup.list(DomainFixtures.dongguanEnterprise(15), CreditList.SERIOUS_DISHONESTY);
        ApplicationId id = s.submitted(15, DomainFixtures.DONGCHENG, "60000.00");
        s.act(Scenario.CITY, id, Scenario.request(ReviewAction.OPEN));
        assertThatThrownBy(() -> s.act(Scenario.CITY, id, Scenario.request(ReviewAction.PASS)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .extracting(Violation::rule)
                        .containsExactly("R-ELIG-4"));
    }

    @Test
    @Tag("R-ELIG-6")
    void r_elig_6_below_the_minimum_the_subsidy_is_zero_and_the_rule_is_reported() {
        ApplicationId id = s.submitted(16, DomainFixtures.DONGCHENG, "49999.99");
        var details = s.system.services.reading().get(Scenario.CITY, id);
        assertThat(details.calculation().subsidy()).isEqualTo(Money.ZERO);
        // no credit look-up is recorded before the city opens it, so R-ELIG-4 fails too
        assertThat(details.eligibility().failures()).extracting(f -> f.rule()).containsExactly("R-ELIG-4", "R-ELIG-6");
    }

    @Test
    void partner_pushes_are_idempotent_and_frozen_once_claimed_past_draft() {
        UnifiedSocialCreditCode uscc = s.applicantWithLease(17, DomainFixtures.DONGCHENG, "ORD-17", "60000.00");
        assertThat(s.system
                        .services
                        .applicants()
                        .register(
                                Scenario.PORTAL,
                                uscc,
                                DomainFixtures.profile(
                                        DomainFixtures.DONGCHENG,
                                        cn.gov.dongguan.voucher.domain.reference.ApplicantCategory.MANUFACTURING))
                        .outcome())
                .isEqualTo(Upsert.UNCHANGED);
        OrderNumber order = OrderNumber.of("ORD-17");
        assertThat(s.system
                        .services
                        .leases()
                        .upsert(Scenario.PLATFORM, order, DomainFixtures.payment("P0", "2025-01-10", "60000.00")))
                .isEqualTo(Upsert.UNCHANGED);
        assertThat(s.system
                        .services
                        .leases()
                        .upsert(Scenario.PLATFORM, order, DomainFixtures.payment("P0", "2025-01-10", "61000.00")))
                .isEqualTo(Upsert.UPDATED);
        ApplicationId id = s.file(uscc, "ORD-17");
        s.attachAll(id);
        s.system.services.filing().submit(Scenario.PORTAL, id);
        assertThatThrownBy(() -> s.system
                        .services
                        .leases()
                        .upsert(Scenario.PLATFORM, order, DomainFixtures.payment("P0", "2025-01-10", "62000.00")))
                .isInstanceOf(ConflictException.class);
        assertThat(s.system
                        .services
                        .leases()
                        .upsert(Scenario.PLATFORM, order, DomainFixtures.payment("P0", "2025-01-10", "61000.00")))
                .isEqualTo(Upsert.UNCHANGED);
        // a new payment still arrives and the stored figures follow it
        s.system
                .services
                .leases()
                .upsert(Scenario.PLATFORM, order, DomainFixtures.payment("P9", "2025-05-10", "1000.00"));
        s.system.services.leases().upsert(Scenario.PLATFORM, order, DomainFixtures.invoice(9999, "1000.00"));
        ApplicationSummary row = s.system
                .services
                .queries()
                .list(Scenario.CITY, ListQuery.firstPage(10))
                .items()
                .get(0);
        assertThat(row.eligibleExpense()).isEqualTo(Money.of("61000.00"));
        assertThat(row.version()).isEqualTo(s.version(id));
    }

    @Test
    void usage_records_are_accepted_in_part_and_replays_are_duplicates() {
        s.applicantWithLease(18, DomainFixtures.DONGCHENG, "ORD-18", "60000.00");
        Instant t = Instant.parse("2025-02-01T00:00:00Z");
        UsageRecord a = new UsageRecord("R-A", OrderNumber.of("ORD-18"), t, t.plusSeconds(3600), BigDecimal.TEN, null);
        UsageRecord unknownLease =
                new UsageRecord("R-B", OrderNumber.of("NO-SUCH"), t, t.plusSeconds(3600), BigDecimal.ONE, null);
        IngestResult first = s.system
                .services
                .leases()
                .ingest(
                        Scenario.PLATFORM,
                        List.of(new Indexed(0, a), new Indexed(2, unknownLease), new Indexed(3, a)),
                        List.of(new Rejection(
                                1, List.of(Violation.of("cardHours", "OUT_OF_RANGE", null, "negative")))));
        assertThat(first.accepted()).isEqualTo(1);
        assertThat(first.duplicates()).isEqualTo(1);
        assertThat(first.rejected()).extracting(Rejection::index).containsExactly(1, 2);
        IngestResult replay =
                s.system.services.leases().ingest(Scenario.PLATFORM, List.of(new Indexed(0, a)), List.of());
        assertThat(replay.accepted()).isZero();
        assertThat(replay.duplicates()).isEqualTo(1);
    }

    @Test
    void uploads_are_judged_by_content_and_size_and_a_refused_one_leaves_nothing() throws Exception {
        UnifiedSocialCreditCode uscc = s.applicantWithLease(19, DomainFixtures.DONGCHENG, "ORD-19", "60000.00");
        ApplicationId id = s.file(uscc, "ORD-19");
        int before = s.system.store.size();
        assertThatThrownBy(() -> s.system
                        .services
                        .filing()
                        .attach(
                                Scenario.PORTAL,
                                id,
                                MaterialType.OTHER,
                                "invoice.pdf",
                                new ByteArrayInputStream("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(cn.gov.dongguan.voucher.application.UnsupportedContentException.class)
                .hasMessageContaining("PDF, JPEG, PNG or OFD");
        byte[] big = new byte[(int) cn.gov.dongguan.voucher.domain.filing.Material.MAX_SIZE + 1];
        System.arraycopy(Scenario.pdf("x"), 0, big, 0, 10);
        assertThatThrownBy(() -> s.system
                        .services
                        .filing()
                        .attach(Scenario.PORTAL, id, MaterialType.OTHER, "big.pdf", new ByteArrayInputStream(big)))
                .isInstanceOf(cn.gov.dongguan.voucher.application.ContentTooLargeException.class);
        assertThat(s.system.store.size()).isEqualTo(before);
        assertThat(s.system
                        .services
                        .reading()
                        .get(Scenario.PORTAL, id)
                        .application()
                        .materials())
                .isEmpty();

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("OFD.xml"));
            out.write("<ofd:OFD/>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        var material = s.system
                .services
                .filing()
                .attach(Scenario.PORTAL, id, MaterialType.OTHER, "证明.ofd", new ByteArrayInputStream(zip.toByteArray()));
        assertThat(material.size()).isEqualTo(zip.size());
        var content = s.system.services.filing().open(Scenario.CITY, id, MaterialType.OTHER);
        assertThat(content.mediaType()).isEqualTo("application/ofd");
        try (InputStream in = content.content()) {
            assertThat(in.readAllBytes()).isEqualTo(zip.toByteArray());
        }
    }

    @Test
    @Tag("R-CALC-3")
    void r_calc_3_an_invoice_claimed_by_two_applications_counts_in_neither_and_flags_both() {
        ApplicationId first = s.submitted(20, DomainFixtures.DONGCHENG, "60000.00");
        UnifiedSocialCreditCode other = s.applicantWithLease(21, DomainFixtures.DONGCHENG, "ORD-21", "60000.00");
        s.system
                .services
                .leases()
                .upsert(Scenario.PLATFORM, OrderNumber.of("ORD-21"), DomainFixtures.invoice(2000, "60000.00"));
        ApplicationId second = s.file(other, "ORD-21");
        for (ApplicationId id : List.of(first, second)) {
            var details = s.system.services.reading().get(Scenario.CITY, id);
            assertThat(details.flags()).contains(ApplicationFlag.DUPLICATE_INVOICE);
        }
        assertThat(s.system.services.reading().calculation(Scenario.CITY, first).eligibleExpense())
                .isEqualTo(Money.ZERO);
    }

    @Test
    @Tag("R-CALC-9")
    void r_calc_9_an_oversubscribed_batch_is_allocated_by_the_committed_mode_and_frozen() {
        s.system
                .services
                .batches()
                .change(
                        Scenario.FUND,
                        s.batch.code(),
                        new PolicyChange(null, null, Money.of("100000.00"), null, null, null, null));
        ApplicationId a = s.submitted(30, DomainFixtures.DONGCHENG, "200000.00");
        ApplicationId b = s.submitted(31, DomainFixtures.SONGSHANHU, "200000.00");
        s.reviewed(a, Scenario.TOWN_DONGCHENG, "200000.00");
        s.reviewed(b, Scenario.TOWN_SONGSHANHU, "120000.00");
        AllocationSimulation simulation = s.system.services.allocation().simulate(Scenario.CITY, s.batch.code());
        assertThat(simulation.requested()).isEqualTo(Money.of("160000.00"));
        assertThat(simulation.ratio().ratio().toString()).isEqualTo("0.3125");
        s.system.services.allocation().commit(Scenario.FUND, s.batch.code(), AllocationMode.RATIO);
        assertThat(s.system
                        .services
                        .reading()
                        .get(Scenario.CITY, a)
                        .application()
                        .allocatedAmount())
                .contains(Money.of("62500.00"));
        assertThat(s.system
                        .services
                        .reading()
                        .get(Scenario.CITY, b)
                        .application()
                        .allocatedAmount())
                .contains(Money.of("37500.00"));
        assertThatThrownBy(() -> s.system
                        .services
                        .batches()
                        .change(
                                Scenario.FUND,
                                s.batch.code(),
                                new PolicyChange(null, null, Money.of("1.00"), null, null, null, null)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(
                        () -> s.system.services.allocation().commit(Scenario.FUND, s.batch.code(), AllocationMode.CAP))
                .isInstanceOf(ConflictException.class);
        assertThat(s.system
                        .services
                        .queries()
                        .dashboard(Scenario.FUND, s.batch.code())
                        .committed())
                .isEqualTo(Money.of("100000.00"));
    }

    @Test
    void lists_page_by_cursor_and_a_foreign_cursor_is_refused() {
        for (int i = 0; i < 7; i++) {
            UnifiedSocialCreditCode uscc =
                    s.applicantWithLease(40 + i, DomainFixtures.DONGCHENG, "ORD-" + (40 + i), "60000.00");
            s.system.clock.advance(java.time.Duration.ofMinutes(1));
            s.file(uscc, "ORD-" + (40 + i));
        }
        Set<ApplicationId> seen = new HashSet<>();
        List<ApplicationSummary> all = new ArrayList<>();
        String cursor = null;
        do {
            ApplicationPage page = s.system
                    .services
                    .queries()
                    .list(
                            Scenario.CITY,
                            new ListQuery(
                                    s.batch.code(),
                                    Set.of(),
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    ApplicationSort.CREATED_AT,
                                    true,
                                    cursor,
                                    3));
            all.addAll(page.items());
            page.items().forEach(r -> seen.add(r.id()));
            cursor = page.next();
        } while (cursor != null);
        assertThat(all).hasSize(7);
        assertThat(seen).hasSize(7);
        assertThat(all.get(0).createdAt()).isAfter(all.get(6).createdAt());
        String next = s.system
                .services
                .queries()
                .list(
                        Scenario.CITY,
                        new ListQuery(
                                s.batch.code(),
                                Set.of(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                ApplicationSort.CREATED_AT,
                                true,
                                null,
                                3))
                .next();
        assertThatThrownBy(() -> s.system
                        .services
                        .queries()
                        .list(
                                Scenario.CITY,
                                new ListQuery(
                                        s.batch.code(),
                                        Set.of(),
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        ApplicationSort.SUBSIDY,
                                        true,
                                        next,
                                        3)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> s.system
                        .services
                        .queries()
                        .list(
                                Scenario.CITY,
                                new ListQuery(
                                        null, Set.of(), null, null, null, null, null, null, false, "not-a-cursor", 3)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> s.system.services.queries().list(Scenario.CITY, ListQuery.firstPage(201)))
                .isInstanceOf(ValidationException.class);
        // issue 14: a cursor is authenticated for the list and the principal's scope; anything else is 422
        ListQuery sameList = new ListQuery(
                s.batch.code(), Set.of(), null, null, null, null, null, ApplicationSort.CREATED_AT, true, next, 3);
        assertThat(s.system.services.queries().list(Scenario.CITY, sameList).items())
                .isNotEmpty();
        assertThatThrownBy(() -> s.system.services.queries().list(Scenario.TOWN_DONGCHENG, sameList))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("INVALID_CURSOR"));
        String content = next.substring(0, next.indexOf('.'));
        String forgedContent = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(new String(java.util.Base64.getUrlDecoder().decode(content), StandardCharsets.UTF_8)
                        .replaceFirst("\u001F[^\u001F]+\u001F", "\u001Fnot-an-instant\u001F")
                        .getBytes(StandardCharsets.UTF_8));
        for (String forged : List.of(forgedContent + next.substring(next.indexOf('.')), content, next + "x", "a.b.c")) {
            assertThatThrownBy(() -> s.system
                            .services
                            .queries()
                            .list(
                                    Scenario.CITY,
                                    new ListQuery(
                                            s.batch.code(),
                                            Set.of(),
                                            null,
                                            null,
                                            null,
                                            null,
                                            null,
                                            ApplicationSort.CREATED_AT,
                                            true,
                                            forged,
                                            3)))
                    .as(forged)
                    .isInstanceOfSatisfying(
                            ValidationException.class,
                            e -> assertThat(e.violations().get(0).code()).isEqualTo("INVALID_CURSOR"));
        }
    }

    @Test
    void the_dashboard_counts_per_stage_per_town_and_the_work_queue() {
        s.submitted(50, DomainFixtures.DONGCHENG, "60000.00");
        s.submitted(51, DomainFixtures.SONGSHANHU, "60000.00");
        var city = s.system.services.queries().dashboard(Scenario.CITY, s.batch.code());
        assertThat(city.perStage()).containsEntry(ReviewStage.SUBMITTED, 2L);
        assertThat(city.perTown())
                .containsEntry(DomainFixtures.DONGCHENG, 1L)
                .containsEntry(DomainFixtures.SONGSHANHU, 1L);
        assertThat(city.myQueue()).containsEntry(ReviewStage.SUBMITTED, 2L);
        var town = s.system.services.queries().dashboard(Scenario.TOWN_DONGCHENG, s.batch.code());
        assertThat(town.perStage()).containsEntry(ReviewStage.SUBMITTED, 1L);
        assertThat(town.perTown()).isEmpty();
        assertThat(town.myQueue()).isEmpty();
        assertThat(city.budget()).isEqualTo(Money.of("30000000.00"));
    }

    @Test
    void the_work_queue_lists_what_waits_for_the_role_longest_waiting_first_with_the_days_and_the_next_one() {
        ApplicationId first = s.submitted(52, DomainFixtures.DONGCHENG, "60000.00");
        s.system.clock.advance(java.time.Duration.ofDays(2));
        ApplicationId second = s.submitted(53, DomainFixtures.SONGSHANHU, "60000.00");
        s.system.clock.advance(java.time.Duration.ofDays(1));
        var queues = s.system.services.queries();
        assertThat(queues.workStages(Scenario.CITY))
                .containsExactly(ReviewStage.SUBMITTED, ReviewStage.ELIGIBILITY_CHECK, ReviewStage.FORMAL_REVIEW);
        assertThat(queues.workStages(Scenario.TOWN_DONGCHENG)).containsExactly(ReviewStage.TOWN_REVIEW);
        assertThat(queues.workStages(Scenario.FUND)).containsExactly(ReviewStage.APPROVED);
        var city = queues.queue(Scenario.CITY, s.batch.code(), null, null, 20).items();
        // the one waiting longest first, with the calendar days waited (R-ID-5)
        assertThat(city).extracting(i -> i.row().id()).containsExactly(first, second);
        assertThat(city).extracting(QueueItem::daysWaiting).containsExactly(3L, 1L);
        assertThat(city).allSatisfy(i -> assertThat(i.actionable()).isTrue());
        assertThat(queues.queue(Scenario.TOWN_DONGCHENG, s.batch.code(), null, null, 20)
                        .items())
                .isEmpty();
        // deciding the first opens the next of the same stage
        assertThat(queues.next(Scenario.CITY, s.batch.code(), ReviewStage.SUBMITTED, first))
                .get()
                .extracting(ApplicationSummary::id)
                .isEqualTo(second);
        assertThat(queues.next(Scenario.CITY, s.batch.code(), ReviewStage.SUBMITTED, second))
                .get()
                .extracting(ApplicationSummary::id)
                .isEqualTo(first);
        // a return is watched by the city bureau with its resubmission deadline counted down (R-FLOW-3)
        s.act(Scenario.CITY, first, Scenario.request(ReviewAction.OPEN));
        s.act(Scenario.CITY, first, Scenario.request(ReviewAction.PASS));
        s.act(Scenario.CITY, first, new ReviewCommand.Return("营业执照不清晰", List.of(MaterialType.LICENCE_ID_BANK)));
        var returned = queues.queue(Scenario.CITY, s.batch.code(), ReviewStage.RETURNED, null, 20)
                .items();
        assertThat(returned).singleElement().satisfies(i -> {
            assertThat(i.actionable()).isFalse();
            assertThat(i.deadline()).isNotNull();
            assertThat(i.daysLeft()).isEqualTo(5L);
        });
        assertThat(queues.next(Scenario.CITY, s.batch.code(), ReviewStage.SUBMITTED, second))
                .isEmpty();
        // a stage that is not the role's work is refused, not answered with an empty list
        assertThatThrownBy(() -> queues.queue(Scenario.TOWN_DONGCHENG, null, ReviewStage.SUBMITTED, null, 20))
                .isInstanceOf(ValidationException.class);
        s.act(Scenario.CITY, second, Scenario.request(ReviewAction.OPEN));
        s.act(Scenario.CITY, second, Scenario.request(ReviewAction.PASS));
        s.act(Scenario.CITY, second, Scenario.request(ReviewAction.PASS));
        assertThat(queues.queue(Scenario.TOWN_SONGSHANHU, null, null, null, 20).items())
                .extracting(i -> i.row().id())
                .containsExactly(second);
        assertThat(queues.queue(Scenario.TOWN_DONGCHENG, null, null, null, 20).items())
                .isEmpty();
    }

    @Test
    void the_audit_log_names_its_targets_by_unit_and_batch_for_its_readers_only() {
        ApplicationId id = s.submitted(54, DomainFixtures.DONGCHENG, "60000.00");
        String uscc = s.system
                .services
                .reading()
                .get(Scenario.CITY, id)
                .applicant()
                .uscc()
                .value();
        var names = s.system
                .services
                .queries()
                .targetNames(
                        Scenario.ADMIN,
                        List.of(
                                "application:" + id,
                                "applicant:" + uscc,
                                "batch:" + s.batch.code(),
                                "application:not-an-id",
                                "users"));
        String unit = s.system
                .services
                .reading()
                .get(Scenario.CITY, id)
                .applicant()
                .profile()
                .name();
        assertThat(names)
                .containsEntry("application:" + id, unit)
                .containsEntry("applicant:" + uscc, unit)
                .containsEntry("batch:" + s.batch.code(), s.batch.title())
                .hasSize(3);
        assertThatThrownBy(() -> s.system.services.queries().targetNames(Scenario.TOWN_DONGCHENG, List.of("users")))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void an_applicant_that_moved_while_its_application_was_a_draft_is_re_checked_by_its_new_town_R_FLOW_4() {
        UnifiedSocialCreditCode uscc = s.applicantWithLease(56, DomainFixtures.DONGCHENG, "ORD-56", "60000.00");
        ApplicationId id = s.file(uscc, "ORD-56");
        s.attachAll(id);
        // the portal updates the profile: the unit moved to Songshan Lake before submitting
        s.system
                .services
                .applicants()
                .register(
                        Scenario.PORTAL,
                        uscc,
                        DomainFixtures.profile(
                                DomainFixtures.SONGSHANHU,
                                cn.gov.dongguan.voucher.domain.reference.ApplicantCategory.MANUFACTURING));
        s.system.services.filing().submit(Scenario.PORTAL, id);
        s.act(Scenario.CITY, id, Scenario.request(ReviewAction.OPEN));
        s.act(Scenario.CITY, id, Scenario.request(ReviewAction.PASS));
        s.act(Scenario.CITY, id, Scenario.request(ReviewAction.PASS));
        assertThatThrownBy(() -> s.system.services.reading().get(Scenario.TOWN_DONGCHENG, id))
                .isInstanceOf(NotFoundException.class);
        assertThat(s.act(Scenario.TOWN_SONGSHANHU, id, new ReviewCommand.TownPass(true))
                        .stage())
                .isEqualTo(ReviewStage.FINAL_REVIEW);
    }

    @Test
    void public_objections_flag_the_application_only_while_it_is_on_notice() {
        ApplicationId id = s.submitted(60, DomainFixtures.DONGCHENG, "60000.00");
        assertThatThrownBy(() -> s.system.services.batchSteps().file(s.batch.code(), id, "关联交易", "13800138000"))
                .isInstanceOf(NotFoundException.class);
        s.reviewed(id, Scenario.TOWN_DONGCHENG, "60000.00");
        s.system.services.allocation().commit(Scenario.FUND, s.batch.code(), AllocationMode.FIRST_COME);
        assertThat(s.system.services.batches().noticeEnd(Scenario.CITY, s.batch.code()))
                .isEmpty();
        s.system.services.batchSteps().publish(Scenario.CITY, s.batch.code());
        // the batch page reads the notice's end as a fact of the batch (R-OBJ-1), the same for every application
        assertThat(s.system.services.batches().noticeEnd(Scenario.CITY, s.batch.code()))
                .isEqualTo(s.system
                        .services
                        .reading()
                        .get(Scenario.CITY, id)
                        .application()
                        .noticeEndsAt());
        java.util.UUID objection = s.system.services.batchSteps().file(s.batch.code(), id, "关联交易", null);
        assertThat(s.system.services.reading().get(Scenario.CITY, id).flags())
                .contains(ApplicationFlag.OBJECTION_FILED);
        assertThat(s.system.objections.forApplication(id)).hasSize(1);
        s.act(Scenario.CITY, id, new ReviewCommand.UpholdObjection(objection, "异议成立"));
        assertThat(s.system.services.reading().get(Scenario.CITY, id).stage()).isEqualTo(ReviewStage.REJECTED);
        assertThat(s.system.services.batchSteps().notice(s.batch.code())).isEmpty();
    }

    @Test
    void batch_exports_follow_the_principal_and_the_disbursement_list_carries_the_payee_account() {
        ApplicationId dongcheng = s.submitted(70, DomainFixtures.DONGCHENG, "60000.00");
        ApplicationId songshanhu = s.submitted(71, DomainFixtures.SONGSHANHU, "60000.00");
        assertThat(s.system.services.queries().applications(Scenario.CITY, s.batch.code()))
                .hasSize(2);
        assertThat(s.system.services.queries().applications(Scenario.TOWN_DONGCHENG, s.batch.code()))
                .extracting(ApplicationSummary::id)
                .containsExactly(dongcheng);
        assertThatThrownBy(() -> s.system.services.queries().disbursement(Scenario.CITY, s.batch.code()))
                .isInstanceOf(ForbiddenException.class);
        s.reviewed(dongcheng, Scenario.TOWN_DONGCHENG, "60000.00");
        // R-CALC-9: no allocation while an application of the batch is still in review
        assertThatThrownBy(() ->
                        s.system.services.allocation().commit(Scenario.FUND, s.batch.code(), AllocationMode.RATIO))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("SUBMITTED 1")
                .satisfies(e -> assertThat(((ConflictException) e).violations())
                        .extracting(Violation::code, Violation::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("APPLICATIONS_IN_REVIEW", "R-CALC-9")))
                // the waiting stages and counts travel with the violation, for the pages to word
                .satisfies(e -> assertThat(
                                ((ConflictException) e).violations().get(0).values())
                        .containsExactly("SUBMITTED", "1"));
        s.system.services.filing().withdraw(Scenario.PORTAL, songshanhu, "不再申报");
        s.system.services.allocation().commit(Scenario.FUND, s.batch.code(), AllocationMode.RATIO);
        assertThat(s.system.services.queries().plan(Scenario.FUND, s.batch.code()))
                .singleElement()
                .satisfies(r -> assertThat(r.allocatedAmount()).isEqualTo(Money.of("30000.00")));
        s.system.services.batchSteps().publish(Scenario.CITY, s.batch.code());
        s.system.clock.set("2025-12-01T00:00");
        s.system.services.scheduler().endDueNotices();
        s.system.services.batchSteps().report(Scenario.CITY, s.batch.code());
        s.system
                .services
                .batchSteps()
                .approve(Scenario.CITY, s.batch.code(), java.time.LocalDate.of(2025, 12, 20), "文号1");
        assertThat(s.system.services.queries().disbursement(Scenario.FUND, s.batch.code()))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.accountNumber()).isEqualTo(DomainFixtures.APPLICANT_ACCOUNT);
                    assertThat(r.amount()).isEqualTo(Money.of("30000.00"));
                    assertThat(r.bankReference()).isNull();
                });
    }
}
