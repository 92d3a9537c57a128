package dev.cdclab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdclab.grade.CheckGrade;
import dev.cdclab.grade.CheckStatus;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.i18n.Messages;
import dev.cdclab.lab.embedded.EmbeddedLab;
import dev.cdclab.lab.embedded.LabFaults;
import dev.cdclab.report.JsonReport;
import dev.cdclab.report.ReportFormat;
import dev.cdclab.report.ReportWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Faults of the lab itself while a lesson is graded (issue 11): the reference solution of lesson 04
 * is graded on a real embedded lab, and when its streaming check starts, the lab breaks. The checks
 * before it keep their points; the check that meets the fault and every later one are the lab's
 * errors ({@code gradable: false}), never the student's zero; the later ones end at once instead
 * of waiting out their bounds; and every report file is still written.
 */
class LabFaultIT {
    private static final Path SOLUTIONS = Path.of("solutions");
    /** The sixth check of lesson 04: the five before it read the connector's snapshot and the submission's files. */
    private static final String STREAMING = "L04.streaming.insert-update-delete";
    /** A check that ends because an earlier one found the lab gone asks nothing of the lab. */
    private static final long SHORT_CIRCUIT_MS = 2_000;

    @TempDir
    Path out;

    @Test
    void a_connect_worker_killed_mid_lesson_is_the_labs_error_and_no_later_check_waits_for_it() throws IOException {
        // GIVEN the reference solution of lesson 04, graded on a lab whose Connect worker is killed when STREAMING starts
        try (EmbeddedLab lab = EmbeddedLab.start()) {
            Faults faults = new Faults().onStart(STREAMING, () -> LabFaults.killConnect(lab));
            long began = System.nanoTime();

            GradeReport report = grade(lab, faults);

            // THEN STREAMING names the REST API that stopped answering, and the rest of the run follows at once
            assertFaultReported(report, faults, "Kafka Connect REST API at " + lab.connect().restUri());
            // the read for events looks at the worker every second: no 30-second wait for events that cannot come
            assertThat(check(report, STREAMING).durationMs()).isLessThan(10_000);
            System.out.printf("LabFaultIT: Connect killed, lesson 04 graded in %d ms%n", (System.nanoTime() - began) / 1_000_000);
        }
    }

    @Test
    void kafka_restarted_mid_lesson_is_the_labs_error_not_the_students_zero() throws IOException {
        // GIVEN the reference solution of lesson 04, graded on a lab whose Kafka broker stops when STREAMING starts
        // and starts again (same ports, same data) when STREAMING has ended
        try (EmbeddedLab lab = EmbeddedLab.start()) {
            String kafka = lab.kafka().bootstrapServers();
            Faults faults = new Faults()
                    .onStart(STREAMING, () -> LabFaults.stopKafka(lab))
                    .onFinish(STREAMING, () -> LabFaults.startKafka(lab));
            long began = System.nanoTime();

            GradeReport report = grade(lab, faults);

            // THEN STREAMING names Kafka; it gave up after Kafka had not answered for its bound, not after the events' 30 s
            assertFaultReported(report, faults, "Kafka at " + kafka);
            assertThat(check(report, STREAMING).durationMs()).isLessThan(25_000);
            System.out.printf("LabFaultIT: Kafka restarted, lesson 04 graded in %d ms%n", (System.nanoTime() - began) / 1_000_000);
        }
    }

    private void assertFaultReported(GradeReport report, Faults faults, String server) throws IOException {
        List<String> order = faults.started();
        int faulted = order.indexOf(STREAMING);
        assertThat(faulted).as("checks run: %s", order).isPositive();
        assertThat(report.gradable()).isFalse();
        // the checks before the fault are graded normally: the reference solution passes them
        order.subList(0, faulted).forEach(id -> assertThat(check(report, id))
                .as(() -> describe(check(report, id)))
                .satisfies(c -> assertThat(c.status()).isEqualTo(CheckStatus.PASSED))
                .satisfies(c -> assertThat(c.score()).isEqualTo(c.maxScore())));
        // the check that met the fault: the lab's error, naming the server that stopped answering
        CheckGrade met = check(report, STREAMING);
        assertThat(met.status()).as(() -> describe(met)).isEqualTo(CheckStatus.ERROR);
        assertThat(met.message()).startsWith("The lab failed, not your submission:").contains(server).contains("stopped answering");
        // every later check: the lab's error at once, naming the first fault
        List<String> later = order.subList(faulted + 1, order.size());
        assertThat(later).as("checks after the fault").isNotEmpty();
        later.forEach(id -> assertThat(check(report, id)).as(() -> describe(check(report, id))).satisfies(c -> {
            assertThat(c.status()).isEqualTo(CheckStatus.ERROR);
            assertThat(c.message()).contains("earlier in this run, in " + STREAMING).contains(server);
            assertThat(c.durationMs()).isLessThan(SHORT_CIRCUIT_MS);
        }));
        // no check is charged to the student
        assertThat(report.lessons().get(0).checks()).extracting(CheckGrade::status)
                .doesNotContain(CheckStatus.FAILED, CheckStatus.TIMED_OUT, CheckStatus.NOT_RUN);
        assertEveryReportWritten(report);
    }

    /** report.json as the grade command keeps it after every check, then every format, as it writes them at the end. */
    private void assertEveryReportWritten(GradeReport report) throws IOException {
        String checkpoint = Files.readString(out.resolve("report.json"));
        assertThat(checkpoint).contains("\"gradable\" : false").contains(STREAMING);
        ReportWriter reports = new ReportWriter(Messages.forLanguage("en"));
        reports.writeAll(out, report);
        for (ReportFormat format : reports.formats()) {
            assertThat(out.resolve(format.fileName())).as(format.fileName()).isNotEmptyFile();
        }
        assertThat(Files.readString(out.resolve("summary.md"))).contains("not your submission");
    }

    private GradeReport grade(EmbeddedLab lab, Faults faults) {
        JsonReport json = new JsonReport();
        return Grader.grade(new Grader.Request(SOLUTIONS, LessonSelection.parse("L04"), Messages.forLanguage("en"), lab.backend()),
                lab, checkpoint -> {
                    try {
                        json.writeTo(out, checkpoint);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, faults);
    }

    private static CheckGrade check(GradeReport report, String id) {
        return report.lessons().stream().flatMap(l -> l.checks().stream()).filter(c -> c.id().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no check " + id + " in " + report));
    }

    private static String describe(CheckGrade check) {
        return check.id() + " " + check.status() + " in " + check.durationMs() + " ms: " + check.message() + " / " + check.observed();
    }

    /** Breaks the lab when a named check starts or ends, and records the order the checks ran in. */
    static final class Faults implements TestExecutionListener {
        private final Map<String, Runnable> atStart = new HashMap<>();
        private final Map<String, Runnable> atFinish = new HashMap<>();
        private final List<String> started = new ArrayList<>();

        Faults onStart(String checkId, Runnable fault) {
            atStart.put(checkId, fault);
            return this;
        }

        Faults onFinish(String checkId, Runnable fault) {
            atFinish.put(checkId, fault);
            return this;
        }

        List<String> started() {
            return List.copyOf(started);
        }

        @Override
        public void executionStarted(TestIdentifier id) {
            checkId(id).ifPresent(check -> {
                started.add(check);
                atStart.getOrDefault(check, () -> { }).run();
            });
        }

        @Override
        public void executionFinished(TestIdentifier id, org.junit.platform.engine.TestExecutionResult result) {
            checkId(id).ifPresent(check -> atFinish.getOrDefault(check, () -> { }).run());
        }

        private static java.util.Optional<String> checkId(TestIdentifier id) {
            return id.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                    .map(source -> source.getJavaMethod().getAnnotation(Check.class)).map(Check::id);
        }
    }
}
