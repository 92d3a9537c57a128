package dev.cdclab.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdclab.grade.GradeReport;
import dev.cdclab.grading.CheckIndex;
import dev.cdclab.grading.CheckIndex.CheckPoints;
import dev.cdclab.grading.CheckIndex.LessonChecks;
import dev.cdclab.i18n.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch over a folder of three students, graded by the test's own grader (no lab): anna passes,
 * boris's grade crashes, clara's runs past its bound. Every student gets a row and stored results;
 * resuming keeps only unchanged good grades; re-scoring needs nothing but what is stored.
 */
class BatchRunTest {
    private static final String VERSION = "sha256:00000000000000aa";
    /** Points now: running 2, streaming 6 (the hand-made reports below were graded at 2 and 3). */
    private static final CheckIndex INDEX = CheckIndex.of(List.of(new LessonChecks("L04", 0,
            List.of(new CheckPoints("L04.running", 2), new CheckPoints("L04.streaming", 6)))));

    /** All lessons of a two-lesson course: L04's checks and L05's. */
    private static final CheckIndex FULL = CheckIndex.of(List.of(INDEX.lessons().get(0), new LessonChecks("L05", 0,
            List.of(new CheckPoints("L05.running", 4)))));

    @TempDir
    Path temp;

    private Path submissions;
    private Path out;
    private final List<String> graded = new ArrayList<>();
    private final StringWriter progress = new StringWriter();

    @BeforeEach
    void threeStudents() throws IOException {
        submissions = temp.resolve("submissions");
        out = temp.resolve("out");
        for (String student : List.of("anna", "boris", "clara")) {
            write(submissions.resolve(student + "/exercises/lesson04/connector.json"), "{\"name\": \"" + student + "\"}");
        }
    }

    /** The test's grader: anna 2 + 1.5 of 3, boris crashes, clara runs past her bound; it notes whom it graded. */
    private BatchGrader.Outcome grade(Path submission) {
        String student = submission.getParent().getFileName().toString();
        graded.add(student);
        return switch (student) {
            case "anna" -> new BatchGrader.Graded(report(true), 12_300);
            case "boris" -> new BatchGrader.Failed(StoredResult.ERROR, "the grader crashed: NullPointerException: x", 800);
            default -> new BatchGrader.Failed(StoredResult.TIMED_OUT, "ran past its bound of 1 s; the lab was started afresh", 1_000);
        };
    }

    private GradeReport report(boolean gradable) {
        try {
            Path file = new HandMadeReport("L04").check("L04.running", "passed", 2, 2).check("L04.streaming", "failed", 1.5, 3)
                    .gradable(gradable).writeTo(Files.createDirectories(temp.resolve("made")));
            return StoredReport.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BatchRun.Summary run(boolean resume) throws IOException {
        return new BatchRun(out, INDEX, VERSION, Messages.forLanguage("en"))
                .grade(submissions, Shard.ALL, resume, this::grade, new PrintWriter(progress, true));
    }

    @Test
    void every_student_gets_a_row_whatever_the_grade_did_and_the_good_one_its_reports() throws IOException {
        BatchRun.Summary summary = run(false);

        assertThat(Files.readString(out.resolve(BatchRun.GRADEBOOK))).isEqualTo("""
                student,status,gradable,total,max,L04,L04.running,L04.streaming,detail
                anna,graded,true,5,8,5,2,3,
                boris,error,,0,0,,,,the grader crashed: NullPointerException: x
                clara,timed_out,,0,0,,,,ran past its bound of 1 s; the lab was started afresh
                """);
        assertThat(summary).isEqualTo(new BatchRun.Summary(out.resolve(BatchRun.GRADEBOOK), 1, 0, 1, 1, 0));
        assertThat(out.resolve("anna")).isDirectoryContaining("glob:**/results.json").isDirectoryContaining("glob:**/report.html");
        assertThat(StoredReport.read(out.resolve("anna/report.json")).submission()).as("named after the student").isEqualTo("anna");
        assertThat(StoredResult.read(out.resolve("boris"))).get().extracting(StoredResult::status, StoredResult::graderVersion)
                .containsExactly(StoredResult.ERROR, VERSION);
        assertThat(out.resolve("clara/report.json")).doesNotExist();
    }

    @Test
    void progress_says_for_each_student_where_the_batch_is_how_it_ended_and_what_is_left() throws IOException {
        run(false);

        assertThat(progress.toString().lines()).containsExactly(
                "[1/3] anna ... 5 / 8, 12.3 s, ~25 s left",
                "[2/3] boris ... ERROR: the grader crashed: NullPointerException: x, 0.8 s, ~7 s left",
                "[3/3] clara ... TIMED OUT: ran past its bound of 1 s; the lab was started afresh, 1.0 s");
    }

    @Test
    void the_gradebook_is_whole_after_each_student() throws IOException {
        List<String> seenBeforeClara = new ArrayList<>();
        new BatchRun(out, INDEX, VERSION, Messages.forLanguage("en")).grade(submissions, Shard.ALL, false, submission -> {
            if (submission.toString().contains("clara")) {
                seenBeforeClara.addAll(read(out.resolve(BatchRun.GRADEBOOK)).lines().toList());
            }
            return grade(submission);
        }, new PrintWriter(progress, true));

        assertThat(seenBeforeClara).hasSize(3).anyMatch(line -> line.startsWith("anna,graded")).anyMatch(line -> line.startsWith("boris,error"));
    }

    @Test
    void resuming_keeps_an_unchanged_good_grade_and_grades_again_what_failed_or_changed() throws IOException {
        run(false);
        graded.clear();

        run(true);
        assertThat(graded).as("anna kept; boris and clara again").containsExactly("boris", "clara");
        assertThat(progress.toString()).contains("[1/3] anna ... unchanged, kept 5 / 8");

        graded.clear();
        write(submissions.resolve("anna/exercises/lesson04/connector.json"), "{\"name\": \"anna-fixed\"}");
        run(true);
        assertThat(graded).as("anna changed her connector").containsExactly("anna", "boris", "clara");
    }

    @Test
    void resuming_with_another_grader_version_grades_everyone_again() throws IOException {
        run(false);
        graded.clear();

        new BatchRun(out, INDEX, "sha256:00000000000000bb", Messages.forLanguage("en"))
                .grade(submissions, Shard.ALL, true, this::grade, new PrintWriter(progress, true));

        assertThat(graded).containsExactly("anna", "boris", "clara");
    }

    @Test
    void a_grade_of_one_lesson_is_never_kept_by_a_resumed_batch_of_all_lessons() throws IOException {
        // GIVEN a batch of lesson 04 alone (--lesson=L04): anna's stored grade is L04's only
        run(false);
        graded.clear();

        // WHEN the full batch resumes THEN anna is graded again, not kept at 100 % of one lesson
        new BatchRun(out, FULL, VERSION, Messages.forLanguage("en")).grade(submissions, Shard.ALL, true, this::grade, new PrintWriter(progress, true));

        assertThat(graded).contains("anna");
        assertThat(progress.toString()).doesNotContain("unchanged, kept");
    }

    @Test
    void a_partial_grade_replacing_a_fuller_stored_one_says_so() throws IOException {
        // GIVEN anna's stored grade of lesson 05
        new BatchRun(out, FULL, VERSION, Messages.forLanguage("en")).grade(submissions, Shard.parse("1/3"), false,
                submission -> new BatchGrader.Graded(lesson05Report(), 10), new PrintWriter(progress, true));

        // WHEN a batch of lesson 04 alone resumes THEN it grades her again and says what it replaces
        run(true);

        assertThat(graded).contains("anna");
        assertThat(progress.toString())
                .contains("anna: replaces a stored grade of L05 with one of L04 only (L05 no longer graded; grade with --lesson=all to restore them)");
    }

    private GradeReport lesson05Report() {
        try {
            return StoredReport.read(new HandMadeReport("L05").check("L05.running", "passed", 4, 4)
                    .writeTo(Files.createDirectories(temp.resolve("made05"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void a_grade_the_lab_failed_is_not_kept_and_a_failed_grade_leaves_no_earlier_report_behind() throws IOException {
        new BatchRun(out, INDEX, VERSION, Messages.forLanguage("en"))
                .grade(submissions, Shard.ALL, false, submission -> new BatchGrader.Graded(report(false), 5), new PrintWriter(progress, true));
        assertThat(out.resolve("clara/report.json")).exists();

        run(true);

        assertThat(graded).as("not gradable: graded again").containsExactly("anna", "boris", "clara");
        assertThat(out.resolve("clara/report.json")).as("clara's earlier report, now stale").doesNotExist();
    }

    @Test
    void a_student_whose_reports_cannot_be_written_gets_an_error_row_and_the_others_are_graded() throws IOException {
        // GIVEN a file where anna's report folder would go
        Files.createDirectories(out);
        Files.writeString(out.resolve("anna"), "not a folder");

        BatchRun.Summary summary = run(false);

        assertThat(graded).containsExactly("anna", "boris", "clara");
        assertThat(read(out.resolve(BatchRun.GRADEBOOK)).lines()).hasSize(4)
                .anySatisfy(line -> assertThat(line).startsWith("anna,error,,0,0,").contains("the reports could not be written to " + out.resolve("anna")));
        assertThat(summary.errors()).isEqualTo(2);
    }

    @Test
    void a_shard_grades_its_share_only() throws IOException {
        new BatchRun(out, INDEX, VERSION, Messages.forLanguage("en"))
                .grade(submissions, Shard.parse("2/2"), false, this::grade, new PrintWriter(progress, true));

        assertThat(graded).containsExactly("boris");
        assertThat(read(out.resolve(BatchRun.GRADEBOOK)).lines()).hasSize(2);
    }

    @Test
    void rescoring_rebuilds_the_gradebook_from_hand_made_stored_results_with_the_points_now() throws IOException {
        // GIVEN what an earlier batch stored: anna graded when streaming was worth 3 (1.5 of it), boris crashed
        new HandMadeReport("L04").check("L04.running", "passed", 2, 2).check("L04.streaming", "failed", 1.5, 3).writeTo(out.resolve("anna"));
        new StoredResult("anna", StoredResult.GRADED, "", "sha256:old", "hash", 9_000).writeTo(out.resolve("anna"));
        new StoredResult("boris", StoredResult.ERROR, "the grader crashed", "sha256:old", "hash", 100).writeTo(out.resolve("boris"));

        BatchRun.Summary summary = new BatchRun(out, INDEX, VERSION, Messages.forLanguage("en")).rescore(Shard.ALL, new PrintWriter(progress, true));

        // THEN streaming now counts 6: half of it is 3
        assertThat(read(out.resolve(BatchRun.GRADEBOOK))).isEqualTo("""
                student,status,gradable,total,max,L04,L04.running,L04.streaming,detail
                anna,graded,true,5,8,5,2,3,
                boris,error,,0,0,,,,the grader crashed
                """);
        assertThat(summary.graded()).isEqualTo(1);
        assertThat(summary.errors()).isEqualTo(1);
        assertThat(graded).as("nothing graded").isEmpty();
    }

    @Test
    void rescoring_names_checks_a_stored_report_lacks() throws IOException {
        new HandMadeReport("L04").check("L04.running", "passed", 2, 2).writeTo(out.resolve("anna"));
        new StoredResult("anna", StoredResult.GRADED, "", "sha256:old", "hash", 9_000).writeTo(out.resolve("anna"));

        new BatchRun(out, INDEX, VERSION, Messages.forLanguage("en")).rescore(Shard.ALL, new PrintWriter(progress, true));

        assertThat(progress.toString()).isEqualTo("anna: not graded by [L04.streaming] (added since): grade again to count them\n");
        assertThat(read(out.resolve(BatchRun.GRADEBOOK))).contains("anna,graded,true,2,2,2,2,,\n");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
