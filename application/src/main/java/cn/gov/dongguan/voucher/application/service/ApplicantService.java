package cn.gov.dongguan.voucher.application.service;

import cn.gov.dongguan.voucher.application.NotFoundException;
import cn.gov.dongguan.voucher.application.port.in.GetApplicantUseCase;
import cn.gov.dongguan.voucher.application.port.in.LiftDisqualificationUseCase;
import cn.gov.dongguan.voucher.application.port.in.ListTownsUseCase;
import cn.gov.dongguan.voucher.application.port.in.ManageTownsUseCase;
import cn.gov.dongguan.voucher.application.port.in.RecordCreditCheckUseCase;
import cn.gov.dongguan.voucher.application.port.in.RegisterApplicantUseCase;
import cn.gov.dongguan.voucher.application.port.in.UpsertResult;
import cn.gov.dongguan.voucher.application.port.out.ApplicantPort;
import cn.gov.dongguan.voucher.application.port.out.ApplicationPort;
import cn.gov.dongguan.voucher.application.port.out.TownPort;
import cn.gov.dongguan.voucher.domain.applicant.Applicant;
import cn.gov.dongguan.voucher.domain.applicant.ApplicantProfile;
import cn.gov.dongguan.voucher.domain.applicant.CreditRecord;
import cn.gov.dongguan.voucher.domain.reference.Town;
import cn.gov.dongguan.voucher.domain.reference.TownDirectory;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.Role;
import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import cn.gov.dongguan.voucher.domain.shared.Upsert;
import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Applicant units: registration by the portal, credit look-ups, disqualification. */
public final class ApplicantService
        implements RegisterApplicantUseCase,
                GetApplicantUseCase,
                ListTownsUseCase,
                ManageTownsUseCase,
                RecordCreditCheckUseCase,
                LiftDisqualificationUseCase {

    private final UseCaseRunner runner;
    private final ApplicantPort applicants;
    private final TownPort towns;
    private final ApplicationPort applications;

    public ApplicantService(
            UseCaseRunner runner, ApplicantPort applicants, TownPort towns, ApplicationPort applications) {
        this.runner = Objects.requireNonNull(runner);
        this.applicants = Objects.requireNonNull(applicants);
        this.towns = Objects.requireNonNull(towns);
        this.applications = Objects.requireNonNull(applications);
    }

    @Override
    public UpsertResult<Applicant> register(Actor actor, UnifiedSocialCreditCode uscc, ApplicantProfile profile) {
        return runner.runIdempotent(actor, "REGISTER_APPLICANT", "applicant:" + uscc, () -> {
            UseCaseRunner.requireRole(actor, Role.PORTAL);
            if (!new TownDirectory(towns.findAll()).isActive(profile.town())) {
                throw ValidationException.of(
                        "town",
                        "UNKNOWN_TOWN",
                        "R-REF-1",
                        "town " + profile.town() + " is not a town, subdistrict or park of Dongguan");
            }
            Optional<Applicant> existing = applicants.find(uscc);
            if (existing.isEmpty()) {
                Applicant applicant = Applicant.register(uscc, profile);
                applicants.save(applicant);
                runner.audited(actor, "REGISTER_APPLICANT", "applicant:" + uscc, "created");
                return new UpsertResult<>(Upsert.CREATED, applicant);
            }
            Applicant applicant = existing.get();
            if (profile.equals(applicant.profile())) {
                return new UpsertResult<>(Upsert.UNCHANGED, applicant);
            }
            if (applications.hasApplicationUnderReview(uscc)) {
                throw new ConflictException(
                        "IN_USE",
                        null,
                        "applicant " + uscc + " has an application under review; a different body for it is refused");
            }
            applicant.update(profile);
            applicants.save(applicant);
            // what the applicant (or the provider) is decides eligibility and the flags
            applications.dropEvaluationsOfParty(uscc, null);
            runner.audited(actor, "REGISTER_APPLICANT", "applicant:" + uscc, "updated");
            return new UpsertResult<>(Upsert.UPDATED, applicant);
        });
    }

    @Override
    public List<Town> towns(Actor actor) {
        return runner.run(actor, "LIST_TOWNS", "towns", () -> {
            Access.requireApplicationReader(actor);
            return towns.findAll().stream()
                    .sorted(Comparator.comparing(t -> t.code().value()))
                    .toList();
        });
    }

    @Override
    public Town save(Actor actor, Town town) {
        return runner.run(actor, "SAVE_TOWN", "town:" + town.code(), () -> {
            UseCaseRunner.requireRole(actor, Role.ADMIN);
            towns.save(town);
            // the town table decides R-ELIG-2 for everyone
            applications.dropEvaluationsOfBatch(null);
            runner.audited(actor, "SAVE_TOWN", "town:" + town.code(), town.kind() + (town.active() ? "" : " inactive"));
            return town;
        });
    }

    @Override
    public Applicant get(Actor actor, UnifiedSocialCreditCode uscc) {
        return runner.run(actor, "VIEW_APPLICANT", "applicant:" + uscc, () -> {
            Access.requireApplicationReader(actor);
            Applicant applicant = applicants.find(uscc).orElseThrow(() -> new NotFoundException("applicant " + uscc));
            Access.requireTownVisible(actor, applicant.profile().town(), "applicant " + uscc);
            // a view of personal data, even masked by the adapter, is audited
            runner.audited(actor, "VIEW_APPLICANT", "applicant:" + uscc, null);
            return applicant;
        });
    }

    @Override
    public UpsertResult<CreditRecord> record(Actor actor, UnifiedSocialCreditCode uscc, CreditRecord record) {
        return runner.run(actor, "RECORD_CREDIT_CHECK", "applicant:" + uscc, () -> {
            UseCaseRunner.requireRole(actor, Role.PORTAL, Role.CITY_OFFICER);
            Applicant applicant = applicants.find(uscc).orElseThrow(() -> new NotFoundException("applicant " + uscc));
            boolean first = applicant.creditRecord().isEmpty();
            if (!applicant.recordCreditCheck(record)) {
                return new UpsertResult<>(Upsert.UNCHANGED, record);
            }
            applicants.save(applicant);
            // what the applicant (or the provider) is decides eligibility and the flags
            applications.dropEvaluationsOfParty(uscc, null);
            runner.audited(
                    actor,
                    "RECORD_CREDIT_CHECK",
                    "applicant:" + uscc,
                    "checked " + record.checkedOn() + ", listed on " + record.listedOn());
            return new UpsertResult<>(first ? Upsert.CREATED : Upsert.UPDATED, record);
        });
    }

    @Override
    public void lift(Actor actor, UnifiedSocialCreditCode uscc, String reason) {
        runner.run(actor, "LIFT_DISQUALIFICATION", "applicant:" + uscc, () -> {
            UseCaseRunner.requireRole(actor, Role.CITY_OFFICER);
            if (reason == null || reason.isBlank()) {
                throw ValidationException.of(
                        "reason", "REASON_REQUIRED", "R-FLOW-6", "lifting a disqualification needs a reason");
            }
            Applicant applicant = applicants.find(uscc).orElseThrow(() -> new NotFoundException("applicant " + uscc));
            applicant.liftDisqualification(runner.now(), reason, actor.name());
            applicants.save(applicant);
            // what the applicant (or the provider) is decides eligibility and the flags
            applications.dropEvaluationsOfParty(uscc, null);
            runner.audited(actor, "LIFT_DISQUALIFICATION", "applicant:" + uscc, reason);
            return null;
        });
    }
}
