package cn.gov.dongguan.voucher.application.service;

import cn.gov.dongguan.voucher.application.NotFoundException;
import cn.gov.dongguan.voucher.application.StaleVersionException;
import cn.gov.dongguan.voucher.application.port.in.ApplicationDetails;
import cn.gov.dongguan.voucher.application.port.in.AttachMaterialUseCase;
import cn.gov.dongguan.voucher.application.port.in.CreateApplicationUseCase;
import cn.gov.dongguan.voucher.application.port.in.DownloadMaterialUseCase;
import cn.gov.dongguan.voucher.application.port.in.GetApplicationUseCase;
import cn.gov.dongguan.voucher.application.port.in.GetApplicationEvidenceUseCase;
import cn.gov.dongguan.voucher.application.port.out.UsageRecordRepository;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import cn.gov.dongguan.voucher.application.port.in.GetCalculationUseCase;
import cn.gov.dongguan.voucher.application.port.in.ResubmitApplicationUseCase;
import cn.gov.dongguan.voucher.application.port.in.ReviewApplicationUseCase;
import cn.gov.dongguan.voucher.application.port.in.SubmitApplicationUseCase;
import cn.gov.dongguan.voucher.application.port.in.WithdrawApplicationUseCase;
import cn.gov.dongguan.voucher.application.port.out.ApplicantRepository;
import cn.gov.dongguan.voucher.application.port.out.ApplicationRepository;
import cn.gov.dongguan.voucher.application.port.out.BatchRepository;
import cn.gov.dongguan.voucher.application.port.out.ChangeFeed;
import cn.gov.dongguan.voucher.application.port.out.CreditLookupPort;
import cn.gov.dongguan.voucher.application.port.out.LeaseRepository;
import cn.gov.dongguan.voucher.application.port.out.MaterialStore;
import cn.gov.dongguan.voucher.application.port.out.StoredContent;
import cn.gov.dongguan.voucher.application.service.ApplicationEvaluator.Evaluation;
import cn.gov.dongguan.voucher.domain.applicant.Applicant;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.calculation.Calculation;
import cn.gov.dongguan.voucher.domain.filing.Application;
import cn.gov.dongguan.voucher.domain.filing.ApplicationContent;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.Material;
import cn.gov.dongguan.voucher.domain.filing.ReviewCommand;
import cn.gov.dongguan.voucher.domain.lease.ComputeLease;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.reference.MaterialType;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.ReviewAction;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.review.Role;
import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.ProgrammeCalendar;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import cn.gov.dongguan.voucher.domain.shared.Violation;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** The use cases of one application: filing, materials, submission, review and reading. */
public final class ApplicationService implements CreateApplicationUseCase, GetApplicationUseCase,
        GetCalculationUseCase, AttachMaterialUseCase, DownloadMaterialUseCase, SubmitApplicationUseCase,
        ResubmitApplicationUseCase, WithdrawApplicationUseCase, ReviewApplicationUseCase, GetApplicationEvidenceUseCase {

    /** The review actions of the API; the others are taken by the portal, batch steps or the scheduler. */
    static final Set<ReviewAction> REVIEW_ACTIONS = EnumSet.of(ReviewAction.OPEN, ReviewAction.PASS,
            ReviewAction.RETURN, ReviewAction.REJECT, ReviewAction.TERMINATE, ReviewAction.UPHOLD_OBJECTION,
            ReviewAction.DISBURSE);

    private final UseCaseRunner runner;
    private final ApplicationRepository applications;
    private final ApplicantRepository applicants;
    private final BatchRepository batches;
    private final LeaseRepository leases;
    private final UsageRecordRepository usage;
    private final ApplicationEvaluator evaluator;
    private final ChangeFeed feed;
    private final MaterialStore store;
    private final CreditLookupPort creditLookup;

    public ApplicationService(UseCaseRunner runner, ApplicationRepository applications, ApplicantRepository applicants,
                              BatchRepository batches, LeaseRepository leases, UsageRecordRepository usage,
                              ApplicationEvaluator evaluator,
                              ChangeFeed feed, MaterialStore store, CreditLookupPort creditLookup) {
        this.runner = Objects.requireNonNull(runner);
        this.applications = Objects.requireNonNull(applications);
        this.applicants = Objects.requireNonNull(applicants);
        this.batches = Objects.requireNonNull(batches);
        this.leases = Objects.requireNonNull(leases);
        this.usage = Objects.requireNonNull(usage);
        this.evaluator = Objects.requireNonNull(evaluator);
        this.feed = Objects.requireNonNull(feed);
        this.store = Objects.requireNonNull(store);
        this.creditLookup = Objects.requireNonNull(creditLookup);
    }

    @Override
    public ApplicationDetails create(Actor actor, BatchCode batchCode, UnifiedSocialCreditCode uscc,
                                     ApplicationContent content) {
        return runner.run(actor, "CREATE_APPLICATION", "applicant:" + uscc, () -> {
            UseCaseRunner.requireRole(actor, Role.PORTAL);
            Batch batch = batches.find(batchCode).orElseThrow(() -> ValidationException.of("batch", "UNKNOWN_BATCH",
                    null, "batch " + batchCode + " does not exist"));
            Applicant applicant = applicants.find(uscc).orElseThrow(() -> ValidationException.of("applicantUscc",
                    "UNKNOWN_APPLICANT", null, "applicant " + uscc + " is not registered"));
            if (applicant.isDisqualified()) {
                throw ValidationException.of("applicantUscc", "DISQUALIFIED", "R-FLOW-6",
                        "the applicant is disqualified from applying after serious fraud");
            }
            checkLeases(uscc, content.leaseOrderNos());
            Instant now = runner.now();
            applications.findOpen(uscc, batchCode).ifPresent(openId -> {
                Application open = applications.find(openId).orElseThrow();
                if (open.stageAt(now).isEnded() && open.expireIfOverdue(now)) {
                    // R-FLOW-3: its window passed, so it is withdrawn already; record it and go on
                    save(open);
                    return;
                }
                throw new ConflictException("OPEN_APPLICATION_EXISTS", "R-FLOW-8",
                        "the applicant already has an open application " + openId + " in batch " + batchCode);
            });
            Application application = Application.create(new ApplicationId(UUID.randomUUID()), batchCode, uscc,
                    applicant.profile().town(), applicant.profile().category(), content, actor, now);
            Evaluation evaluation = evaluator.evaluate(application, batch, applicant);
            applications.insert(application, evaluation.figures(applicant));
            publish(application);
            runner.audited(actor, "CREATE_APPLICATION", target(application), "batch " + batchCode);
            return details(actor, reload(application.id()), applicant, evaluation, now);
        });
    }

    /** Every claimed lease must exist and belong to the applicant. */
    private void checkLeases(UnifiedSocialCreditCode uscc, List<OrderNumber> orderNos) {
        List<ComputeLease> found = leases.findAll(orderNos);
        List<Violation> violations = new ArrayList<>();
        for (OrderNumber orderNo : orderNos) {
            ComputeLease lease = found.stream().filter(l -> l.orderNo().equals(orderNo)).findFirst().orElse(null);
            if (lease == null) {
                violations.add(Violation.of("leaseOrderNos", "UNKNOWN_LEASE", null,
                        "lease " + orderNo + " has not been pushed by the platform"));
            } else if (!lease.terms().applicantUscc().equals(uscc)) {
                violations.add(Violation.of("leaseOrderNos", "LEASE_OF_ANOTHER_APPLICANT", null,
                        "lease " + orderNo + " belongs to another applicant"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    @Override
    public ApplicationDetails get(Actor actor, ApplicationId id) {
        return runner.run(actor, "VIEW_APPLICATION", "application:" + id, () -> {
            Application application = visible(actor, id);
            // the answer carries the applicant's personal data (masked by the adapters): a view is audited
            runner.audited(actor, "VIEW_APPLICATION", target(application), null);
            return details(actor, application, batchOf(application), applicantOf(application), runner.now());
        });
    }

    @Override
    public ApplicationEvidence evidence(Actor actor, ApplicationId id) {
        return runner.run(actor, "VIEW_EVIDENCE", "application:" + id, () -> {
            Application application = visible(actor, id);
            List<ComputeLease> claimed = leases.findAll(application.content().leaseOrderNos());
            Map<OrderNumber, Map<YearMonth, BigDecimal>> hours = new LinkedHashMap<>();
            for (ComputeLease lease : claimed) {
                Map<YearMonth, BigDecimal> months = usage.monthlyCardHours(lease.orderNo());
                if (!months.isEmpty()) {
                    hours.put(lease.orderNo(), java.util.Collections.unmodifiableMap(new TreeMap<>(months)));
                }
            }
            return new ApplicationEvidence(claimed, hours);
        });
    }

    @Override
    public Calculation calculation(Actor actor, ApplicationId id) {
        return runner.run(actor, "VIEW_CALCULATION", "application:" + id, () -> {
            Application application = visible(actor, id);
            return evaluator.evaluate(application, batchOf(application), applicantOf(application)).calculation();
        });
    }

    @Override
    public Material attach(Actor actor, ApplicationId id, MaterialType type, String fileName, InputStream content) {
        UseCaseRunner.requireRole(actor, Role.PORTAL);
        // Check before storing anything that the application exists and takes materials now.
        runner.run(actor, "ATTACH_MATERIAL", "application:" + id, () -> {
            Application application = visible(actor, id);
            ReviewStage stage = application.stageAt(runner.now());
            if (stage != ReviewStage.DRAFT && stage != ReviewStage.RETURNED) {
                throw new ConflictException("WRONG_STAGE", null,
                        "materials can only be changed as a draft or when returned, not in " + stage);
            }
            return null;
        });
        StoredContent stored = store.store(content, Material.MAX_SIZE);
        try {
            if (stored.size() == 0) {
                throw ValidationException.of("file", "EMPTY_FILE", null, "the file is empty");
            }
            String mediaType = ContentSniffer.detect(store.open(stored.sha256()).orElseThrow())
                    .orElseThrow(() -> new cn.gov.dongguan.voucher.application.UnsupportedContentException(
                            "only PDF, JPEG, PNG or OFD files are accepted (judged by their content)"));
            return runner.run(actor, "ATTACH_MATERIAL", "application:" + id, () -> {
                Application application = visible(actor, id);
                Instant now = runner.now();
                Material material = new Material(type, fileName, stored.size(), stored.sha256(), now);
                application.attachMaterial(material, actor, now);
                save(application);
                runner.audited(actor, "ATTACH_MATERIAL", target(application),
                        type + " " + mediaType + " " + stored.size() + " bytes sha256 " + stored.sha256());
                return material;
            });
        } catch (RuntimeException failed) {
            if (stored.created() && !runner.inTransaction(() -> applications.isContentReferenced(stored.sha256()))) {
                store.delete(stored.sha256());
            }
            throw failed;
        }
    }

    @Override
    public MaterialContent open(Actor actor, ApplicationId id, MaterialType type) {
        return runner.run(actor, "DOWNLOAD_MATERIAL", "application:" + id, () -> {
            Application application = visible(actor, id);
            Material material = application.material(type)
                    .orElseThrow(() -> new NotFoundException("material " + type + " of application " + id));
            String mediaType = ContentSniffer.detect(openStored(material)).orElse("application/octet-stream");
            runner.audited(actor, "DOWNLOAD_MATERIAL", target(application), type.name());
            return new MaterialContent(material, mediaType, openStored(material));
        });
    }

    private InputStream openStored(Material material) {
        return store.open(material.sha256()).orElseThrow(() -> new IllegalStateException(
                "content " + material.sha256() + " of a stored material is missing from the file store"));
    }

    @Override
    public ApplicationDetails submit(Actor actor, ApplicationId id) {
        return portalMove(actor, id, "SUBMIT", (application, batch, now) -> application.submit(batch.policy(), actor, now));
    }

    @Override
    public ApplicationDetails resubmit(Actor actor, ApplicationId id) {
        return portalMove(actor, id, "RESUBMIT", (application, batch, now) -> application.resubmit(actor, now));
    }

    @Override
    public ApplicationDetails withdraw(Actor actor, ApplicationId id, String reason) {
        return portalMove(actor, id, "WITHDRAW", (application, batch, now) -> application.withdraw(actor, now, reason));
    }

    private interface Move {
        void apply(Application application, Batch batch, Instant now);
    }

    private ApplicationDetails portalMove(Actor actor, ApplicationId id, String action, Move move) {
        return runner.run(actor, action, "application:" + id, () -> {
            UseCaseRunner.requireRole(actor, Role.PORTAL);
            Application application = visible(actor, id);
            Batch batch = batchOf(application);
            Applicant applicant = applicantOf(application);
            Instant now = runner.now();
            ReviewStage from = application.stageAt(now);
            move.apply(application, batch, now);
            Evaluation evaluation = save(application, batch, applicant);
            runner.audited(actor, action, target(application), from + " -> " + application.storedStage());
            return details(actor, reload(id), applicant, evaluation, now);
        });
    }

    @Override
    public ApplicationDetails act(Actor actor, ApplicationId id, long expectedVersion, ReviewRequest request) {
        return runner.run(actor, "REVIEW_" + request.action(), "application:" + id, () -> {
            if (request.action() == null || !REVIEW_ACTIONS.contains(request.action())) {
                throw ValidationException.of("action", "UNKNOWN_ACTION", null,
                        "action must be one of " + REVIEW_ACTIONS);
            }
            Application application = visible(actor, id);
            if (expectedVersion >= 0 && application.version() != expectedVersion) {
                throw new StaleVersionException("application " + id, expectedVersion, application.version());
            }
            Instant now = runner.now();
            Batch batch = batchOf(application);
            Applicant applicant = applicantOf(application);
            if (request.action() == ReviewAction.OPEN && applicant.creditRecord().isEmpty()) {
                // R-ELIG-4: the eligibility check starts with the credit look-up when none is recorded.
                creditLookup.lookUp(applicant.uscc(), ProgrammeCalendar.dayOf(now)).ifPresent(record -> {
                    applicant.recordCreditCheck(record);
                    applicants.save(applicant);
                });
            }
            Evaluation evaluation = evaluator.evaluate(application, batch, applicant);
            ReviewStage from = application.stageAt(now);
            ReviewCommand command = new ReviewCommand(request.action(), request.reason(), request.returnItems(),
                    request.verifiedAmount(), request.legalRepConfirmation(), request.paperDossierReceived(),
                    request.originalsChecked(), request.bankReference(), request.paidOn(), request.seriousFraud(),
                    evaluation.eligibility(), evaluation.calculation().eligibleExpense());
            application.act(command, actor, now, batch.policy());
            if (request.action() == ReviewAction.TERMINATE && request.seriousFraud()) {
                applicant.disqualify(now, request.reason(), actor.name());
                applicants.save(applicant);
                runner.audited(actor, "DISQUALIFY_APPLICANT", "applicant:" + applicant.uscc(), request.reason());
            }
            Evaluation after = save(application, batch, applicant);
            runner.audited(actor, "REVIEW_" + request.action(), target(application),
                    from + " -> " + application.storedStage());
            return details(actor, reload(id), applicant, after, now);
        });
    }

    // ---- shared with the batch and scheduler services ------------------------------------------

    /** Stores a changed application with fresh figures and publishes its events. */
    void save(Application application) {
        save(application, batchOf(application), applicantOf(application));
    }

    /** As {@link #save(Application)}; returns the evaluation the figures came from, for the answer. */
    private Evaluation save(Application application, Batch batch, Applicant applicant) {
        Evaluation evaluation = evaluator.evaluate(application, batch, applicant);
        applications.update(application, evaluation.figures(applicant));
        publish(application);
        return evaluation;
    }

    private void publish(Application application) {
        application.pullEvents().forEach(feed::append);
    }

    Application visible(Actor actor, ApplicationId id) {
        Access.requireApplicationReader(actor);
        Application application = applications.find(id).orElseThrow(() -> new NotFoundException("application " + id));
        Access.requireVisible(actor, application);
        return application;
    }

    private Application reload(ApplicationId id) {
        return applications.find(id).orElseThrow(() -> new NotFoundException("application " + id));
    }

    Batch batchOf(Application application) {
        return batches.find(application.batch())
                .orElseThrow(() -> new IllegalStateException("batch " + application.batch() + " is missing"));
    }

    Applicant applicantOf(Application application) {
        return applicants.find(application.applicantUscc())
                .orElseThrow(() -> new IllegalStateException("applicant " + application.applicantUscc() + " is missing"));
    }

    ApplicationDetails details(Actor actor, Application application, Batch batch, Applicant applicant, Instant now) {
        return details(actor, application, applicant, evaluator.evaluate(application, batch, applicant), now);
    }

    private static ApplicationDetails details(Actor actor, Application application, Applicant applicant,
                                              Evaluation evaluation, Instant now) {
        return new ApplicationDetails(application, application.stageAt(now), applicant, evaluation.calculation(),
                evaluation.eligibility(), evaluation.flags(), application.availableActions(actor, now),
                application.history().verify().intact());
    }

    static String target(Application application) {
        return "application:" + application.id();
    }
}
