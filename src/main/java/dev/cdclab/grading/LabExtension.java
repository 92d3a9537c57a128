package dev.cdclab.grading;

import dev.cdclab.i18n.Text;
import dev.cdclab.lab.LabEnvironment;
import dev.cdclab.lab.LabStartException;
import dev.cdclab.lab.LabUnreachableException;
import dev.cdclab.lab.backend.LabBackends;
import dev.cdclab.submission.Submission;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Gives each {@link Check} a {@link LabCheck}. The lab is started once per run, on first use, and
 * kept in the root store (closed by JUnit at the end of the run). If it does not start, every
 * check that needs it ends at once with the same {@link InfrastructureException}: a run never
 * tries twice, and the student is never charged for it. Likewise, once a check found a lab server
 * gone ({@link LabUnreachableException}: Connect's worker killed, Kafka not answering), every
 * later check of the run ends at once as the lab's error naming that first fault, instead of
 * waiting out its own bounds on a lab that can no longer grade it.
 *
 * <p>Configuration parameters: {@code cdclab.submission} (folder to grade, default
 * {@code exercises}), {@code cdclab.backend} ({@code embedded}, {@code containers} or {@code auto};
 * default {@code -Dlab.backend}, else {@code embedded}: see {@link LabBackends}).
 */
public final class LabExtension implements ParameterResolver, AfterEachCallback, TestExecutionExceptionHandler {
    public static final String SUBMISSION = "cdclab.submission";
    public static final String BACKEND = "cdclab.backend";
    /** The key of a lab provided by the caller of {@link Grader}: used, never closed, by this run. */
    static final String PROVIDED_LAB = "cdclab.lab";
    /**
     * Numbers every check of this JVM: runs that share a lab (self-check, batch grading) must
     * never reuse a connector name or topic prefix, or a check would resume another's offsets.
     */
    private static final AtomicInteger CHECKS = new AtomicInteger();
    /**
     * Tells this JVM's checks from those of earlier runs: a reused containers lab keeps their
     * topics and Connect's offsets, and a connector named as an earlier one would resume its offsets.
     */
    private static final String RUN = Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36, 36 * 36 * 36 * 36), 36);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LabExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == LabCheck.class || type == PartialCredit.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == PartialCredit.class) {
            return credit(context);
        }
        ExtensionContext.Store root = context.getRoot().getStore(NAMESPACE);
        LabEnvironment lab = root.getOrComputeIfAbsent(SharedLab.class, k -> SharedLab.of(context), SharedLab.class).lab();
        Submission submission = new Submission(Path.of(context.getConfigurationParameter(SUBMISSION).orElse("exercises")));
        LessonScope lesson = context.getParent().orElseThrow().getStore(NAMESPACE)
                .getOrComputeIfAbsent(LessonScope.class, k -> new LessonScope(), LessonScope.class);
        LabCheck check = new LabCheck(lab, submission, RUN + "-c" + CHECKS.incrementAndGet(), credit(context), lesson);
        context.getStore(NAMESPACE).put(LabCheck.class, check);
        return check;
    }

    /** Remembers a lab server found gone for the rest of the run (see {@link SharedLab#lab()}); the check still ends with it. */
    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        SharedLab shared = context.getRoot().getStore(NAMESPACE).get(SharedLab.class, SharedLab.class);
        if (failure instanceof LabUnreachableException fault && shared != null) {
            Check check = context.getTestMethod().map(m -> m.getAnnotation(Check.class)).orElse(null);
            shared.faulted(check == null ? context.getDisplayName() : check.id(), fault);
        }
        LabCheck check = context.getStore(NAMESPACE).get(LabCheck.class, LabCheck.class);
        throw failure instanceof CheckFailure checkFailure && check != null ? check.explained(checkFailure) : failure;
    }

    private static PartialCredit credit(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(PartialCredit.class, k -> new PartialCredit(), PartialCredit.class);
    }

    /**
     * Publishes the check's notes and parts for the grade collector; when a part failed and the
     * check did not otherwise fail, fails it with every failed part.
     */
    @Override
    public void afterEach(ExtensionContext context) {
        PartialCredit credit = context.getStore(NAMESPACE).get(PartialCredit.class, PartialCredit.class);
        if (credit != null) {
            credit.parts().forEach(part -> context.publishReportEntry(ReportEntries.PART, ReportEntries.encodePart(part)));
        }
        SharedLab shared = context.getRoot().getStore(NAMESPACE).get(SharedLab.class, SharedLab.class);
        if (shared != null) {
            // also when the lab did not start: the report names the backend that failed
            context.publishReportEntry(ReportEntries.BACKEND, shared.backend());
            if (shared.note() != null) {
                context.publishReportEntry(ReportEntries.NOTE, ReportEntries.encode(shared.note()));
            }
        }
        LabCheck check = context.getStore(NAMESPACE).get(LabCheck.class, LabCheck.class);
        if (check != null) {
            check.notes().forEach(note -> context.publishReportEntry(ReportEntries.NOTE, ReportEntries.encode(note)));
        }
        if (credit != null && credit.failure() != null && context.getExecutionException().isEmpty()) {
            throw check == null ? credit.failure() : check.explained(credit.failure());
        }
    }


    /**
     * The run's lab, or why it could not start, its backend's name, and a note on how that backend
     * was chosen; closed by JUnit with the root store if the run started it.
     */
    static final class SharedLab implements AutoCloseable {
        private final LabEnvironment lab;
        private final String backend;
        private final Text note;
        private final RuntimeException failure;
        private final boolean owned;
        private volatile InfrastructureException fault;

        private SharedLab(LabEnvironment lab, String backend, Text note, RuntimeException failure, boolean owned) {
            this.lab = lab;
            this.backend = backend;
            this.note = note;
            this.failure = failure;
            this.owned = owned;
        }

        static SharedLab of(ExtensionContext context) {
            LabEnvironment provided = Grader.provided(context.getConfigurationParameter(PROVIDED_LAB).orElse(null));
            return provided != null ? new SharedLab(provided, provided.backend(), null, null, false)
                    : start(context.getConfigurationParameter(BACKEND).orElseGet(LabBackends::requested), LabBackends.onThisMachine());
        }

        static SharedLab start(String backend, LabBackends backends) {
            String chosen = backend;
            try {
                LabBackends.Choice choice = backends.choose(backend);
                chosen = choice.backend();
                LabEnvironment lab = backends.start(choice);
                return new SharedLab(lab, lab.backend(), choice.note(), null, true);
            } catch (LabStartException | UnsupportedOperationException e) {
                return new SharedLab(null, chosen, null, new InfrastructureException(e.getMessage(), e), false);
            }
        }

        /** The backend's name for the report: the lab's, or the one that did not start. */
        String backend() {
            return backend;
        }

        /** How the backend was chosen, for the report; null when it was asked for by name. */
        Text note() {
            return note;
        }

        LabEnvironment lab() {
            if (failure != null) {
                throw failure;
            }
            if (fault != null) {
                throw fault;
            }
            return lab;
        }

        /** A lab server was found gone during {@code checkId}: later checks of the run are not tried on it. */
        synchronized void faulted(String checkId, LabUnreachableException cause) {
            if (fault == null) {
                fault = new InfrastructureException("not run: the lab failed earlier in this run, in " + checkId
                        + ": " + cause.getMessage(), cause);
            }
        }

        @Override
        public void close() {
            if (owned) {
                lab.close();
            }
        }
    }
}
