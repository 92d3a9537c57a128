package dev.cdclab.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdclab.grade.GradeReport;
import dev.cdclab.grading.CheckIndex;
import dev.cdclab.grading.CheckIndex.CheckPoints;
import dev.cdclab.grading.CheckIndex.LessonChecks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows re-scored from stored reports with the checks' points now, and the CSV they make. */
class GradebookTest {
    /** The points now: running 2 (was 4), streaming 12 (was 6), server id 1; lesson L05 capped at 3. */
    private static final CheckIndex INDEX = CheckIndex.of(List.of(
            new LessonChecks("L04", 0, List.of(new CheckPoints("L04.running", 2), new CheckPoints("L04.streaming", 12),
                    new CheckPoints("L04.server-id", 1))),
            new LessonChecks("L05", 3, List.of(new CheckPoints("L05.a", 2), new CheckPoints("L05.b", 2)))));

    @TempDir
    Path out;

    @Test
    void each_check_keeps_its_share_of_its_points_at_the_points_it_has_now() throws IOException {
        // GIVEN a report graded when running was worth 4 and streaming 6 (2.5 of 6: parts of it passed)
        GradeReport stored = read(new HandMadeReport("L04").check("L04.running", "passed", 4, 4)
                .check("L04.streaming", "failed", 2.5, 6).check("L04.server-id", "failed", 0, 1));

        Gradebook.Row row = Gradebook.graded("anna", stored, INDEX);

        assertThat(row.checks()).containsEntry("L04.running", 2.0).containsEntry("L04.streaming", 5.0).containsEntry("L04.server-id", 0.0);
        assertThat(row.lessons()).containsEntry("L04", 7.0);
        assertThat(row.total()).isEqualTo(7.0);
        assertThat(row.max()).isEqualTo(15.0);
        assertThat(row.gradable()).isTrue();
    }

    @Test
    void a_lesson_cap_bounds_its_maximum_and_its_score() throws IOException {
        GradeReport stored = read(new HandMadeReport("L05").check("L05.a", "passed", 1, 1).check("L05.b", "passed", 1, 1));

        Gradebook.Row row = Gradebook.graded("anna", stored, INDEX);

        assertThat(row.lessons()).containsEntry("L05", 3.0);
        assertThat(row.checks()).containsEntry("L05.a", 2.0).containsEntry("L05.b", 2.0);
    }

    @Test
    void a_check_added_since_the_grade_is_empty_and_out_of_the_maximum_and_is_named() throws IOException {
        GradeReport stored = read(new HandMadeReport("L04").check("L04.running", "passed", 4, 4).check("L04.streaming", "passed", 6, 6));

        Gradebook.Row row = Gradebook.graded("anna", stored, INDEX);

        assertThat(row.checks()).doesNotContainKey("L04.server-id");
        assertThat(row.total()).isEqualTo(14.0);
        assertThat(row.max()).as("L04 without server-id (14); L05 not graded at all (0)").isEqualTo(14.0);
        assertThat(row.lessons()).containsOnlyKeys("L04");
        assertThat(Gradebook.missingChecks(stored, INDEX)).containsExactly("L04.server-id", "L05.a", "L05.b");
    }

    @Test
    void a_check_that_a_report_has_and_the_index_does_not_is_left_out() throws IOException {
        GradeReport stored = read(new HandMadeReport("L04").check("L04.running", "passed", 4, 4).check("L04.removed", "passed", 3, 3));

        assertThat(Gradebook.graded("anna", stored, INDEX).total()).isEqualTo(2.0);
    }

    @Test
    void the_csv_has_the_columns_of_every_lesson_and_check_and_one_row_per_student_sorted() throws IOException {
        Gradebook.Row boris = Gradebook.graded("boris", read(new HandMadeReport("L04").check("L04.running", "passed", 2, 2)
                .check("L04.streaming", "failed", 1, 6).check("L04.server-id", "passed", 1, 1)), INDEX);
        Gradebook.Row anna = Gradebook.failed(new StoredResult("anna", StoredResult.TIMED_OUT, "ran past its bound of 60 s, lab restarted",
                "v", "h", 60_000));

        String csv = Gradebook.csv(List.of(boris, anna), INDEX);

        assertThat(csv).isEqualTo("""
                student,status,gradable,total,max,L04,L05,L04.running,L04.streaming,L04.server-id,L05.a,L05.b,detail
                anna,timed_out,,0,0,,,,,,,,"ran past its bound of 60 s, lab restarted"
                boris,graded,true,5,15,5,,2,2,1,,,
                """);
    }

    @Test
    void points_show_with_two_decimals_at_most_and_no_trailing_zeros() {
        assertThat(Gradebook.number(4.0)).isEqualTo("4");
        assertThat(Gradebook.number(6.5)).isEqualTo("6.5");
        assertThat(Gradebook.number(8.0 / 3)).isEqualTo("2.67");
        assertThat(Gradebook.number(2.4999999999)).isEqualTo("2.5");
        assertThat(Gradebook.number(0)).isEqualTo("0");
    }

    private GradeReport read(HandMadeReport report) throws IOException {
        return StoredReport.read(report.writeTo(out));
    }
}
