package cn.gov.dongguan.voucher.application.service;

import cn.gov.dongguan.voucher.application.NotFoundException;
import cn.gov.dongguan.voucher.application.StaleVersionException;
import cn.gov.dongguan.voucher.application.port.in.ApplicationDetails;
import cn.gov.dongguan.voucher.application.port.in.ReviewApplicationUseCase;
import cn.gov.dongguan.voucher.application.port.out.ApplicantPort;
import cn.gov.dongguan.voucher.application.port.out.CreditLookupPort;
import cn.gov.dongguan.voucher.application.port.out.ObjectionPort;
import cn.gov.dongguan.voucher.domain.applicant.Applicant;
import cn.gov.dongguan.voucher.domain.filing.Application;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.Objection;
import cn.gov.dongguan.voucher.domain.filing.ReviewCommand;
import cn.gov.dongguan.voucher.domain.filing.ReviewFacts;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.ProgrammeCalendar;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The review actions of officers, experts and fund managers (domain.md §7). One action reads the
 * application and its facts once, moves it, recomputes its figures from the same facts and saves
 * it: ten calls to the ports behind the database (see {@code ReviewCostTest}).
 */
public final class ReviewService implements ReviewApplicationUseCase {

    private final UseCaseRunner runner;
    private final ApplicationStore store;
    private final ApplicantPort applicants;
    private final CreditLookupPort creditLookup;
    private final ObjectionPort objections;

    public ReviewService(
            UseCaseRunner runner,
            ApplicationStore store,
            ApplicantPort applicants,
            CreditLookupPort creditLookup,
            ObjectionPort objections) {
        this.runner = Objects.requireNonNull(runner);
        this.store = Objects.requireNonNull(store);
        this.applicants = Objects.requireNonNull(applicants);
        this.creditLookup = Objects.requireNonNull(creditLookup);
        this.objections = Objects.requireNonNull(objections);
    }

    @Override
    public ApplicationDetails act(Actor actor, ApplicationId id, long expectedVersion, ReviewCommand command) {
        Objects.requireNonNull(command, "command");
        String action = "REVIEW_" + command.action();
        return runner.run(actor, action, "application:" + id, () -> {
            Application application = store.visible(actor, id);
            if (expectedVersion >= 0 && application.version() != expectedVersion) {
                throw new StaleVersionException("application " + id, expectedVersion, application.version());
            }
            Instant now = runner.now();
            ApplicationCase file = store.gather(application);
            command.accept(new Before(file.applicant(), now, id));
            ReviewStage from = application.stageAt(now);
            ReviewFacts facts = file.reviewFacts();
            // R-OBJ-1: a decision names an open objection of this application
            Decision decision = command.accept(new DecisionOf());
            Objection decided = null;
            if (decision != null) {
                List<Objection> filed = objections.forApplication(id);
                decided = filed.stream()
                        .filter(o -> o.id().equals(decision.objectionId()))
                        .findFirst()
                        .orElseThrow(() ->
                                new NotFoundException("objection " + decision.objectionId() + " of application " + id))
                        .decided(decision.upheld(), now, actor.name(), decision.reason());
                facts = facts.withOtherOpenObjections((int) filed.stream()
                        .filter(o -> o.isOpen() && !o.id().equals(decision.objectionId()))
                        .count());
            }
            application.act(command, facts, actor, now, file.batch().policy());
            command.accept(new After(file.applicant(), actor, now, id));
            if (decided != null) {
                objections.save(decided);
            }
            ApplicationCase saved = store.save(file);
            runner.audited(
                    actor, action, ApplicationStore.target(application), from + " -> " + application.storedStage());
            return saved.details(actor, now);
        });
    }

    /** What an action needs before the move. */
    private final class Before extends Effects {
        private final Applicant applicant;
        private final Instant now;
        /** The application acted on: saved with a fresh evaluation, so its own is not dropped. */
        private final ApplicationId application;

        Before(Applicant applicant, Instant now, ApplicationId application) {
            this.applicant = applicant;
            this.now = now;
            this.application = application;
        }

        @Override
        public Void open(ReviewCommand.Open command) {
            // R-ELIG-4: the eligibility check starts with the credit look-up when none is recorded.
            if (applicant.creditRecord().isEmpty()) {
                creditLookup
                        .lookUp(applicant.uscc(), ProgrammeCalendar.dayOf(now))
                        .ifPresent(record -> {
                            applicant.recordCreditCheck(record);
                            applicants.save(applicant);
                            store.partyChanged(applicant.uscc(), application);
                        });
            }
            return null;
        }
    }

    /** What an action entails after the move. */
    private final class After extends Effects {
        private final Applicant applicant;
        private final Actor actor;
        private final Instant now;
        private final ApplicationId application;

        After(Applicant applicant, Actor actor, Instant now, ApplicationId application) {
            this.applicant = applicant;
            this.actor = actor;
            this.now = now;
            this.application = application;
        }

        @Override
        public Void terminate(ReviewCommand.Terminate command) {
            // R-FLOW-6: serious fraud also excludes the applicant from applying again.
            if (command.seriousFraud()) {
                applicant.disqualify(now, command.reason(), actor.name(), application.value());
                applicants.save(applicant);
                store.partyChanged(applicant.uscc(), application);
                runner.audited(actor, "DISQUALIFY_APPLICANT", "applicant:" + applicant.uscc(), command.reason());
            }
            return null;
        }
    }

    /** A decision on an objection: which, which way, why. */
    private record Decision(UUID objectionId, boolean upheld, String reason) {}

    /** The decision a command takes on an objection, or {@code null} for every other action. */
    private static final class DecisionOf extends Each<Decision> {
        @Override
        public Decision upholdObjection(ReviewCommand.UpholdObjection command) {
            return new Decision(command.objectionId(), true, command.reason());
        }

        @Override
        public Decision dismissObjection(ReviewCommand.DismissObjection command) {
            return new Decision(command.objectionId(), false, command.reason());
        }
    }

    /** What an action needs before the move (side effects only). */
    private abstract static class Effects extends Each<Void> {}

    /**
     * Every command by name, each answering {@code null} unless a subclass overrides it. A new
     * command does not compile until it is named here, so each visitor is decided for it.
     */
    private abstract static class Each<R> implements ReviewCommand.Visitor<R> {
        @Override
        public R open(ReviewCommand.Open command) {
            return null;
        }

        @Override
        public R pass(ReviewCommand.Pass command) {
            return null;
        }

        @Override
        public R townPass(ReviewCommand.TownPass command) {
            return null;
        }

        @Override
        public R finalPass(ReviewCommand.FinalPass command) {
            return null;
        }

        @Override
        public R returnForCorrection(ReviewCommand.Return command) {
            return null;
        }

        @Override
        public R reject(ReviewCommand.Reject command) {
            return null;
        }

        @Override
        public R terminate(ReviewCommand.Terminate command) {
            return null;
        }

        @Override
        public R upholdObjection(ReviewCommand.UpholdObjection command) {
            return null;
        }

        @Override
        public R dismissObjection(ReviewCommand.DismissObjection command) {
            return null;
        }

        @Override
        public R disburse(ReviewCommand.Disburse command) {
            return null;
        }
    }
}
