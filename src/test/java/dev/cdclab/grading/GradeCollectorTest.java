package dev.cdclab.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.cdclab.grade.CheckGrade;
import dev.cdclab.grade.CheckStatus;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.grade.LessonGrade;
import dev.cdclab.grading.fixtures.BrokenSetUpSuite;
import dev.cdclab.grading.fixtures.CappedSuite;
import dev.cdclab.grading.fixtures.PartialCreditSuite;
import dev.cdclab.grading.fixtures.OutcomeSuite;
import dev.cdclab.grading.fixtures.UnavailableLabSuite;
import dev.cdclab.grading.fixtures.UnreachableLabSuite;
import dev.cdclab.grading.fixtures.split.T09HiddenChecks;
import dev.cdclab.grading.fixtures.split.T09PublicChecks;
import dev.cdclab.i18n.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** The grade model GradeCollector builds while the JUnit Platform runs small fixture lessons. */
class GradeCollectorTest {
    private final List<GradeReport> checkpoints = new ArrayList<>();

    @Test
    void a_passing_check_earns_its_points_and_has_no_texts() {
        CheckGrade check = check(grade(OutcomeSuite.class), "T01.passes");
        assertThat(check.status()).isEqualTo(CheckStatus.PASSED);
        assertThat(check.score()).isEqualTo(2);
        assertThat(check.maxScore()).isEqualTo(2);
        assertThat(check.title()).isEqualTo("The snapshot reads every existing customer exactly once");
        assertThat(check.lesson()).isEqualTo("T01");
        assertThat(check.visibility()).isEqualTo("hidden");
        assertThat(check.message()).isNull();
        assertThat(check.hint()).isNull();
    }

    @Test
    void a_check_failure_is_failed_with_its_own_texts_rendered() {
        CheckGrade check = check(grade(OutcomeSuite.class), "T01.fails-with-feedback");
        assertThat(check.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(check.score()).isZero();
        assertThat(check.maxScore()).isEqualTo(3);
        assertThat(check.message()).isEqualTo("Expected one delete (d) event for id = 1005 on topic mysql.inventory.customers.");
        assertThat(check.expected()).isEqualTo("exactly one event with op = d and key id = 1005");
        assertThat(check.observed()).isEqualTo("1 event(s): [c {\"id\":1005}]");
        // the failure's own hint wins over the check's default hint
        assertThat(check.hint()).isEqualTo("table.include.list must name inventory.customers (lesson 04, \"Connector configuration\").");
    }

    @Test
    void a_plain_assertion_error_is_failed_with_its_message_and_the_default_hint() {
        CheckGrade check = check(grade(OutcomeSuite.class), "T01.fails-plainly");
        assertThat(check.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(check.message()).isEqualTo("expected 4 rows but saw 2");
        assertThat(check.hint()).startsWith("The snapshot must cover inventory.customers");
    }

    @Test
    void an_infrastructure_failure_is_an_error_and_makes_the_report_not_gradable() {
        GradeReport report = grade(OutcomeSuite.class);
        CheckGrade check = check(report, "T01.lab-fails");
        assertThat(check.status()).isEqualTo(CheckStatus.ERROR);
        assertThat(check.score()).isZero();
        assertThat(check.message()).isEqualTo("The lab failed, not your submission: Kafka Connect stopped answering");
        assertThat(check.hint()).startsWith("This is not your mistake");
        assertThat(report.gradable()).isFalse();
        assertThat(report.fullPoints()).isFalse();
    }

    @Test
    void a_lab_server_that_stopped_answering_is_an_error_naming_it_never_the_students_zero() {
        // GIVEN a check during which Connect's worker stopped answering
        GradeReport report = grade(UnreachableLabSuite.class);
        CheckGrade check = check(report, "T06.worker-gone");
        // THEN it is the lab's error, with the server, its address and the request, and the lesson's hint is not given
        assertThat(check.status()).isEqualTo(CheckStatus.ERROR);
        assertThat(check.message()).isEqualTo("The lab failed, not your submission: Kafka Connect REST API at"
                + " http://127.0.0.1:8083/ stopped answering (GET /connectors/inventory/status): java.net.ConnectException: Connection refused");
        assertThat(check.hint()).startsWith("This is not your mistake");
        assertThat(report.gradable()).isFalse();
    }

    @Test
    void a_check_past_its_timeout_is_timed_out() {
        CheckGrade check = check(grade(OutcomeSuite.class), "T01.hangs");
        assertThat(check.status()).isEqualTo(CheckStatus.TIMED_OUT);
        assertThat(check.score()).isZero();
        assertThat(check.message()).startsWith("The check ran past its time bound (").contains("200 milliseconds");
        assertThat(check.durationMs()).isBetween(150L, 4_000L);
    }

    @Test
    void the_lesson_adds_up_its_checks_and_the_report_its_lessons() {
        GradeReport report = grade(OutcomeSuite.class);
        LessonGrade lesson = report.lessons().get(0);
        assertThat(lesson.id()).isEqualTo("T01");
        assertThat(lesson.title()).isEqualTo("Lesson 04 - MySQL connector setup");
        assertThat(lesson.checks()).extracting(CheckGrade::id)
                .containsExactly("T01.passes", "T01.fails-with-feedback", "T01.fails-plainly", "T01.lab-fails", "T01.hangs");
        assertThat(lesson.score()).isEqualTo(2);
        assertThat(lesson.maxScore()).isEqualTo(8);
        assertThat(report.score()).isEqualTo(2);
        assertThat(report.maxScore()).isEqualTo(8);
        assertThat(report.submission()).isEqualTo("exercises");
        assertThat(report.language()).isEqualTo("en");
        assertThat(report.schema()).isEqualTo(GradeReport.SCHEMA);
    }

    @Test
    void a_lesson_cap_bounds_both_its_maximum_and_its_score() {
        GradeReport report = grade(CappedSuite.class);
        LessonGrade lesson = report.lessons().get(0);
        assertThat(lesson.checks()).extracting(CheckGrade::score).containsExactly(3.0, 3.0, 0.0);
        assertThat(lesson.maxScore()).isEqualTo(5);
        assertThat(lesson.score()).isEqualTo(5);
        assertThat(report.gradable()).isTrue();
        assertThat(report.fullPoints()).isTrue();
    }

    @Test
    void a_check_whose_parts_all_pass_earns_every_point() {
        CheckGrade check = check(grade(PartialCreditSuite.class), "T05.all-parts");
        assertThat(check.status()).isEqualTo(CheckStatus.PASSED);
        assertThat(check.score()).isEqualTo(6.0);
    }

    @Test
    void a_failed_part_costs_only_its_share_and_is_shown_with_its_texts() {
        CheckGrade check = check(grade(PartialCreditSuite.class), "T05.one-of-three");
        // two of three equal parts passed: 2/3 of 6 points
        assertThat(check.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(check.score()).isEqualTo(4.0);
        assertThat(check.message()).contains("1 of 3 parts").contains("- delete: no delete event");
        assertThat(check.expected()).isEqualTo("d");
        assertThat(check.observed()).isEqualTo("c, u");
        assertThat(check.hint()).isEqualTo("check the row image");
    }

    @Test
    void parts_are_weighted_and_every_failed_part_is_listed() {
        CheckGrade check = check(grade(PartialCreditSuite.class), "T05.weighted");
        // weights 3 (passed) + 1 + 1 (failed): 3/5 of 10 points
        assertThat(check.score()).isEqualTo(6.0);
        assertThat(check.message()).contains("2 of 3 parts").contains("- small: small part failed").contains("- other: other part failed");
    }

    @Test
    void a_check_that_fails_outside_its_parts_earns_nothing_since_later_parts_were_never_reached() {
        CheckGrade check = check(grade(PartialCreditSuite.class), "T05.part-then-crash");
        assertThat(check.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(check.score()).isZero();
        assertThat(check.message()).isEqualTo("the connector stopped");
    }

    @Test
    void a_failing_set_up_ends_its_checks_as_errors_not_as_not_run() {
        GradeReport report = grade(BrokenSetUpSuite.class);
        assertThat(report.lessons().get(0).checks()).hasSize(2).allSatisfy(check -> {
            assertThat(check.status()).isEqualTo(CheckStatus.ERROR);
            assertThat(check.message()).isEqualTo("The lab failed, not your submission: MariaDB did not start");
        });
        assertThat(report.gradable()).isFalse();
    }

    @Test
    void a_lab_that_cannot_be_given_to_a_check_is_the_lab_failure_not_the_grader() {
        // GIVEN a check whose parameter resolver fails with an InfrastructureException (JUnit wraps it)
        CheckGrade check = check(grade(UnavailableLabSuite.class), "T04.needs-the-lab");
        // THEN it reads as the lab's failure, with its own message
        assertThat(check.status()).isEqualTo(CheckStatus.ERROR);
        assertThat(check.message()).isEqualTo("The lab failed, not your submission: Kafka did not start: port in use");
    }

    @Test
    void a_lesson_split_over_two_classes_is_one_lesson_with_the_checks_of_both() {
        // GIVEN lesson T09's public checks in one class and its hidden checks in another
        GradeReport report = grade(T09HiddenChecks.class, T09PublicChecks.class);

        // THEN the report has one lesson T09 that adds up all four checks
        assertThat(report.lessons()).extracting(LessonGrade::id).containsExactly("T09");
        LessonGrade lesson = report.lessons().get(0);
        assertThat(lesson.checks()).extracting(CheckGrade::id)
                .containsExactly("T09.hidden-first", "T09.hidden-second", "T09.public-passes", "T09.public-fails");
        assertThat(lesson.checks()).extracting(CheckGrade::visibility).containsExactly("hidden", "hidden", "visible", "visible");
        assertThat(lesson.score()).isEqualTo(4.5);
        assertThat(lesson.maxScore()).isEqualTo(7.5);
    }

    @Test
    void the_first_checkpoint_lists_every_check_as_not_run() {
        grade(OutcomeSuite.class, CappedSuite.class);
        GradeReport first = checkpoints.get(0);
        assertThat(first.lessons()).extracting(LessonGrade::id).containsExactly("T01", "T02");
        List<CheckGrade> checks = first.lessons().stream().flatMap(l -> l.checks().stream()).toList();
        assertThat(checks).hasSize(8).allSatisfy(check -> {
            assertThat(check.status()).isEqualTo(CheckStatus.NOT_RUN);
            assertThat(check.score()).isZero();
            assertThat(check.message()).isEqualTo("Not run: the grader stopped before this check.");
        });
        assertThat(first.score()).isZero();
        assertThat(first.maxScore()).isEqualTo(13);
    }

    @Test
    void a_checkpoint_follows_every_finished_check_and_the_last_is_the_final_report() {
        GradeReport report = grade(CappedSuite.class);
        assertThat(checkpoints.size()).isGreaterThan(3);
        assertThat(checkpoints.get(checkpoints.size() - 1).lessons()).isEqualTo(report.lessons());
        assertThat(checkpoints).extracting(GradeReport::score).isSorted();
    }

    @Test
    void texts_are_rendered_in_the_language_of_the_run() {
        GradeCollector collector = new GradeCollector("exercises", Messages.forLanguage("ru"), checkpoints::add);
        LauncherFactory.create().execute(request(CappedSuite.class), collector);
        LessonGrade lesson = collector.report().lessons().get(0);
        assertThat(lesson.title()).isEqualTo("Урок 04 — настройка MySQL connector");
        assertThat(lesson.checks().get(0).title()).startsWith("Snapshot читает");
        assertThat(checkpoints.get(0).lessons().get(0).checks().get(0).message()).startsWith("Не выполнена");
    }

    private GradeReport grade(Class<?>... suites) {
        GradeCollector collector = new GradeCollector("exercises", Messages.forLanguage("en"), checkpoints::add);
        LauncherFactory.create().execute(request(suites), collector);
        return collector.report();
    }

    private static LauncherDiscoveryRequest request(Class<?>... suites) {
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(Arrays.stream(suites).map(suite -> selectClass(suite)).toList())
                .configurationParameter("junit.jupiter.execution.timeout.testable.method.default", "200 ms")
                .configurationParameter("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD")
                .build();
    }

    private static CheckGrade check(GradeReport report, String id) {
        return report.lessons().stream().flatMap(l -> l.checks().stream()).filter(c -> c.id().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no check " + id + " in " + report));
    }
}
