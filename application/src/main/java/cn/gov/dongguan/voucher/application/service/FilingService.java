package cn.gov.dongguan.voucher.application.service;

import cn.gov.dongguan.voucher.application.NotFoundException;
import cn.gov.dongguan.voucher.application.UnsupportedContentException;
import cn.gov.dongguan.voucher.application.port.in.ApplicationDetails;
import cn.gov.dongguan.voucher.application.port.in.AttachMaterialUseCase;
import cn.gov.dongguan.voucher.application.port.in.CreateApplicationUseCase;
import cn.gov.dongguan.voucher.application.port.in.DownloadMaterialUseCase;
import cn.gov.dongguan.voucher.application.port.in.ResubmitApplicationUseCase;
import cn.gov.dongguan.voucher.application.port.in.SubmitApplicationUseCase;
import cn.gov.dongguan.voucher.application.port.in.WithdrawApplicationUseCase;
import cn.gov.dongguan.voucher.application.port.out.ApplicantPort;
import cn.gov.dongguan.voucher.application.port.out.ApplicationPort;
import cn.gov.dongguan.voucher.application.port.out.BatchPort;
import cn.gov.dongguan.voucher.application.port.out.LeasePort;
import cn.gov.dongguan.voucher.application.port.out.MaterialStorePort;
import cn.gov.dongguan.voucher.application.port.out.StoredContent;
import cn.gov.dongguan.voucher.domain.applicant.Applicant;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.filing.Application;
import cn.gov.dongguan.voucher.domain.filing.ApplicationContent;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.Material;
import cn.gov.dongguan.voucher.domain.lease.ComputeLease;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.reference.MaterialType;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.review.Role;
import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import cn.gov.dongguan.voucher.domain.shared.Violation;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The portal's use cases of one application: filing, materials, submission, resubmission and withdrawal. */
public final class FilingService
        implements CreateApplicationUseCase,
                AttachMaterialUseCase,
                DownloadMaterialUseCase,
                SubmitApplicationUseCase,
                ResubmitApplicationUseCase,
                WithdrawApplicationUseCase {

    private final UseCaseRunner runner;
    private final ApplicationStore store;
    private final ApplicationPort applications;
    private final ApplicantPort applicants;
    private final BatchPort batches;
    private final LeasePort leases;
    private final MaterialStorePort files;

    public FilingService(
            UseCaseRunner runner,
            ApplicationStore store,
            ApplicationPort applications,
            ApplicantPort applicants,
            BatchPort batches,
            LeasePort leases,
            MaterialStorePort files) {
        this.runner = Objects.requireNonNull(runner);
        this.store = Objects.requireNonNull(store);
        this.applications = Objects.requireNonNull(applications);
        this.applicants = Objects.requireNonNull(applicants);
        this.batches = Objects.requireNonNull(batches);
        this.leases = Objects.requireNonNull(leases);
        this.files = Objects.requireNonNull(files);
    }

    @Override
    public ApplicationDetails create(
            Actor actor, BatchCode batchCode, UnifiedSocialCreditCode uscc, ApplicationContent content) {
        return runner.run(actor, "CREATE_APPLICATION", "applicant:" + uscc, () -> {
            UseCaseRunner.requireRole(actor, Role.PORTAL);
            Batch batch = batches.find(batchCode)
                    .orElseThrow(() -> ValidationException.of(
                            "batch", "UNKNOWN_BATCH", null, "batch " + batchCode + " does not exist"));
            Applicant applicant = applicants
                    .find(uscc)
                    .orElseThrow(() -> ValidationException.of(
                            "applicantUscc", "UNKNOWN_APPLICANT", null, "applicant " + uscc + " is not registered"));
            if (applicant.isDisqualified()) {
                throw ValidationException.of(
                        "applicantUscc",
                        "DISQUALIFIED",
                        "R-FLOW-6",
                        "the applicant is disqualified from applying after serious fraud");
            }
            checkLeases(uscc, content.leaseOrderNos());
            Instant now = runner.now();
            applications.findOpen(uscc, batchCode).ifPresent(openId -> {
                Application open = store.require(openId);
                if (open.stageAt(now).isEnded() && open.expireIfOverdue(now)) {
                    // R-FLOW-3: its window passed, so it is withdrawn already; record it and go on
                    store.save(store.gather(open, batch));
                    return;
                }
                throw new ConflictException(
                        "OPEN_APPLICATION_EXISTS",
                        "R-FLOW-8",
                        "the applicant already has an open application " + openId + " in batch " + batchCode);
            });
            Application application = Application.create(
                    new ApplicationId(UUID.randomUUID()),
                    batchCode,
                    uscc,
                    applicant.profile().town(),
                    applicant.profile().category(),
                    content,
                    actor,
                    now);
            ApplicationCase created = store.gather(application, batch);
            store.insert(created);
            runner.audited(actor, "CREATE_APPLICATION", ApplicationStore.target(application), "batch " + batchCode);
            return created.with(application.stored(0)).details(actor, now);
        });
    }

    /** Every claimed lease must exist and belong to the applicant. */
    private void checkLeases(UnifiedSocialCreditCode uscc, List<OrderNumber> orderNos) {
        List<ComputeLease> found = leases.findAll(orderNos);
        List<Violation> violations = new ArrayList<>();
        for (OrderNumber orderNo : orderNos) {
            ComputeLease lease = found.stream()
                    .filter(l -> l.orderNo().equals(orderNo))
                    .findFirst()
                    .orElse(null);
            if (lease == null) {
                violations.add(Violation.of(
                        "leaseOrderNos",
                        "UNKNOWN_LEASE",
                        null,
                        "lease " + orderNo + " has not been pushed by the platform"));
            } else if (!lease.terms().applicantUscc().equals(uscc)) {
                violations.add(Violation.of(
                        "leaseOrderNos",
                        "LEASE_OF_ANOTHER_APPLICANT",
                        null,
                        "lease " + orderNo + " belongs to another applicant"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    @Override
    public Material attach(Actor actor, ApplicationId id, MaterialType type, String fileName, InputStream content) {
        UseCaseRunner.requireRole(actor, Role.PORTAL);
        // Check before storing anything that the application exists and takes materials now.
        runner.run(actor, "ATTACH_MATERIAL", "application:" + id, () -> {
            ReviewStage stage = store.visible(actor, id).stageAt(runner.now());
            if (stage != ReviewStage.DRAFT && stage != ReviewStage.RETURNED) {
                throw new ConflictException(
                        "WRONG_STAGE",
                        null,
                        "materials can only be changed as a draft or when returned, not in " + stage);
            }
            return null;
        });
        StoredContent stored = files.store(content, Material.MAX_SIZE);
        try {
            if (stored.size() == 0) {
                throw ValidationException.of("file", "EMPTY_FILE", null, "the file is empty");
            }
            String mediaType = ContentSniffer.detect(files.open(stored.sha256()).orElseThrow())
                    .orElseThrow(() -> new UnsupportedContentException(
                            "only PDF, JPEG, PNG or OFD files are accepted (judged by their content)"));
            return runner.run(actor, "ATTACH_MATERIAL", "application:" + id, () -> {
                Application application = store.visible(actor, id);
                Instant now = runner.now();
                Material material = new Material(type, fileName, stored.size(), stored.sha256(), now);
                application.attachMaterial(material, actor, now);
                store.save(store.gather(application));
                runner.audited(
                        actor,
                        "ATTACH_MATERIAL",
                        ApplicationStore.target(application),
                        type + " " + mediaType + " " + stored.size() + " bytes sha256 " + stored.sha256());
                return material;
            });
        } catch (RuntimeException failed) {
            if (stored.created() && !runner.inTransaction(() -> applications.isContentReferenced(stored.sha256()))) {
                files.delete(stored.sha256());
            }
            throw failed;
        }
    }

    @Override
    public MaterialContent open(Actor actor, ApplicationId id, MaterialType type) {
        return runner.run(actor, "DOWNLOAD_MATERIAL", "application:" + id, () -> {
            Application application = store.visible(actor, id);
            Material material = application
                    .material(type)
                    .orElseThrow(() -> new NotFoundException("material " + type + " of application " + id));
            String mediaType = ContentSniffer.detect(openStored(material)).orElse("application/octet-stream");
            runner.audited(actor, "DOWNLOAD_MATERIAL", ApplicationStore.target(application), type.name());
            return new MaterialContent(material, mediaType, openStored(material));
        });
    }

    private InputStream openStored(Material material) {
        return files.open(material.sha256())
                .orElseThrow(() -> new IllegalStateException(
                        "content " + material.sha256() + " of a stored material is missing from the file store"));
    }

    @Override
    public ApplicationDetails submit(Actor actor, ApplicationId id) {
        return portalMove(
                actor,
                id,
                "SUBMIT",
                (application, file, now) ->
                        // the applicant's town now: one that moved while the application was a draft is re-checked
                        // there
                        application.submit(
                                file.batch().policy(),
                                file.applicant().profile().town(),
                                actor,
                                now));
    }

    @Override
    public ApplicationDetails resubmit(Actor actor, ApplicationId id) {
        return portalMove(actor, id, "RESUBMIT", (application, file, now) -> application.resubmit(actor, now));
    }

    @Override
    public ApplicationDetails withdraw(Actor actor, ApplicationId id, String reason) {
        return portalMove(actor, id, "WITHDRAW", (application, file, now) -> application.withdraw(actor, now, reason));
    }

    private interface Move {
        void apply(Application application, ApplicationCase file, Instant now);
    }

    private ApplicationDetails portalMove(Actor actor, ApplicationId id, String action, Move move) {
        return runner.run(actor, action, "application:" + id, () -> {
            UseCaseRunner.requireRole(actor, Role.PORTAL);
            ApplicationCase file = store.visibleCase(actor, id);
            Application application = file.application();
            Instant now = runner.now();
            ReviewStage from = application.stageAt(now);
            move.apply(application, file, now);
            ApplicationCase saved = store.save(file);
            runner.audited(
                    actor, action, ApplicationStore.target(application), from + " -> " + application.storedStage());
            return saved.details(actor, now);
        });
    }
}
