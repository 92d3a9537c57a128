package dev.cdclab.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StudentViewTest {
    private static CheckGrade check(String id, String visibility, CheckStatus status, double score) {
        return new CheckGrade(id, "title of " + id, "L04", status, score, 4, visibility,
                "message of " + id, "expected of " + id, "observed of " + id, "hint of " + id, 10);
    }

    private static final GradeReport REPORT = new GradeReport(GradeReport.SCHEMA, "exercises", "embedded", "en", true,
            5, 12, 100, List.of(new LessonGrade("L04", "Lesson 04", 5, 12, List.of(
                    check("L04.public", "visible", CheckStatus.FAILED, 1),
                    check("L04.secret", "hidden", CheckStatus.FAILED, 2),
                    check("L04.later", "after_due_date", CheckStatus.PASSED, 4)))),
            List.of("a note"));

    @Test
    void visible_checks_are_shown_as_they_are() {
        GradeReport shown = StudentView.of(REPORT, "hidden check");

        assertThat(shown.lessons().get(0).checks().get(0)).isEqualTo(REPORT.lessons().get(0).checks().get(0));
    }

    @Test
    void other_checks_keep_their_points_but_show_nothing_of_what_they_test() {
        GradeReport shown = StudentView.of(REPORT, "hidden check");

        List<CheckGrade> checks = shown.lessons().get(0).checks();
        assertThat(checks.subList(1, 3)).extracting(CheckGrade::id).containsExactly("L04.hidden-1", "L04.hidden-2");
        assertThat(checks.subList(1, 3)).allSatisfy(check -> {
            assertThat(check.title()).isEqualTo("hidden check");
            assertThat(check.message()).isNull();
            assertThat(check.expected()).isNull();
            assertThat(check.observed()).isNull();
            assertThat(check.hint()).isNull();
        });
        assertThat(checks).extracting(CheckGrade::score).containsExactly(1.0, 2.0, 4.0);
        assertThat(shown.score()).isEqualTo(REPORT.score());
        assertThat(shown.toString()).doesNotContain("secret").doesNotContain("later");
    }
}
