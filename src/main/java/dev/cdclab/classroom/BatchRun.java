package dev.cdclab.classroom;

import dev.cdclab.grade.GradeReport;
import dev.cdclab.grade.LessonGrade;
import dev.cdclab.grading.CheckIndex;
import dev.cdclab.i18n.Messages;
import dev.cdclab.report.AtomicFiles;
import dev.cdclab.report.ReportFormat;
import dev.cdclab.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One batch over a folder of submissions: each student of the shard is graded (or, with resume,
 * kept when the stored grade is of the same input and the same lessons by the same grader
 * version: a grade of fewer lessons is never kept as a fuller one), the student's
 * reports and {@code batch.json} are written to {@code out/<student>/}, and after each student
 * the gradebook {@code out/gradebook.csv} is rewritten atomically from the stored results, re-scored
 * with the checks' current points. {@link #rescore} rebuilds it from {@code out/} alone.
 *
 * <pre>{@code
 * BatchRun run = new BatchRun(out, CheckIndex.discover(lessons), GraderVersion.current(), Messages.forLanguage("ru"));
 * BatchRun.Summary summary = run.grade(Path.of("submissions"), Shard.ALL, true, grader, progress);
 * }</pre>
 */
public final class BatchRun {
    public static final String GRADEBOOK = "gradebook.csv";
    private static final String REPORT = "report.json";

    /** How many students ended how (graded ones may be not gradable: the lab failed them), and where the gradebook is. */
    public record Summary(Path gradebook, int graded, int kept, int errors, int timedOut, int notGradable) {
        static Summary of(Path gradebook, List<Gradebook.Row> rows, int kept) {
            return new Summary(gradebook, count(rows, StoredResult.GRADED) - kept, kept, count(rows, StoredResult.ERROR),
                    count(rows, StoredResult.TIMED_OUT), (int) rows.stream().filter(row -> Boolean.FALSE.equals(row.gradable())).count());
        }

        private static int count(List<Gradebook.Row> rows, String status) {
            return (int) rows.stream().filter(row -> row.status().equals(status)).count();
        }

        public int students() {
            return graded + kept + errors + timedOut;
        }
    }

    private final Path out;
    private final CheckIndex index;
    private final String version;
    private final ReportWriter reports;

    public BatchRun(Path out, CheckIndex index, String version, Messages messages) {
        this.out = out;
        this.index = index;
        this.version = version;
        this.reports = new ReportWriter(messages);
    }

    /** Grades the shard's students of {@code submissions}; {@code progress} gets a line per student. */
    public Summary grade(Path submissions, Shard shard, boolean resume, SubmissionGrader grader, PrintWriter progress) throws IOException {
        List<StudentSubmission> students = shard.select(StudentSubmission.in(submissions));
        BatchProgress bar = new BatchProgress(students.size());
        List<Gradebook.Row> rows = new ArrayList<>();
        int kept = 0;
        for (StudentSubmission student : students) {
            progress.print(bar.starting(student.student()));
            progress.flush();
            Path studentOut = out.resolve(student.student());
            String hash = hash(student);
            Optional<GradeReport> stored = resume ? reusable(studentOut, hash) : Optional.empty();
            Gradebook.Row row;
            if (stored.isPresent()) {
                row = Gradebook.graded(student.student(), stored.get(), index);
                progress.println(bar.kept("unchanged, kept " + points(row)));
                kept++;
            } else {
                fewerLessonsThanStored(studentOut).ifPresent(line -> progress.println(student.student() + ": " + line));
                BatchGrader.Outcome outcome = grader.grade(student.graded());
                try {
                    row = store(student.student(), studentOut, hash, outcome);
                } catch (IOException e) {
                    row = Gradebook.failed(new StoredResult(student.student(), StoredResult.ERROR,
                            "the reports could not be written to " + studentOut + ": " + e.getMessage(), version, hash, outcome.durationMs()));
                }
                progress.println(bar.graded(describe(row), outcome.durationMs()));
            }
            progress.flush();
            rows.add(row);
            writeGradebook(rows);
        }
        return Summary.of(writeGradebook(rows), rows, kept);
    }

    /** Rebuilds the gradebook from what {@code out/} stores (the shard's students), with the checks' points now. */
    public Summary rescore(Shard shard, PrintWriter progress) throws IOException {
        List<Path> stored;
        try (Stream<Path> folders = Files.list(out)) {
            stored = shard.select(folders.filter(folder -> Files.isRegularFile(folder.resolve(StoredResult.FILE))).sorted().toList());
        }
        List<Gradebook.Row> rows = new ArrayList<>();
        for (Path studentOut : stored) {
            rows.add(rescored(studentOut, progress));
        }
        return Summary.of(writeGradebook(rows), rows, 0);
    }

    private Gradebook.Row rescored(Path studentOut, PrintWriter progress) {
        Optional<StoredResult> result = StoredResult.read(studentOut);
        if (result.isEmpty()) {
            return unreadable(studentOut, studentOut.resolve(StoredResult.FILE) + " cannot be read");
        }
        if (!result.get().graded()) {
            return Gradebook.failed(result.get());
        }
        try {
            GradeReport report = StoredReport.read(studentOut.resolve(REPORT));
            List<String> missing = Gradebook.missingChecks(report, index);
            if (!missing.isEmpty()) {
                progress.println(result.get().student() + ": not graded by " + missing + " (added since): grade again to count them");
            }
            return Gradebook.graded(result.get().student(), report, index);
        } catch (IOException e) {
            return unreadable(studentOut, e.getMessage());
        }
    }

    /** The input hash of a student's graded folder; a folder that cannot be read is graded all the same (and says why). */
    private String hash(StudentSubmission student) {
        try {
            return InputHash.of(student.graded(), version, lessonIds());
        } catch (IOException | java.io.UncheckedIOException e) {
            return "unreadable: " + e.getMessage();
        }
    }

    private List<String> lessonIds() {
        return index.lessons().stream().map(CheckIndex.LessonChecks::id).toList();
    }

    /** What to say when the stored grade of {@code studentOut} has lessons this batch does not grade: it is replaced by a partial one. */
    private Optional<String> fewerLessonsThanStored(Path studentOut) {
        if (StoredResult.read(studentOut).filter(StoredResult::graded).isEmpty()) {
            return Optional.empty();
        }
        try {
            List<String> stored = StoredReport.read(studentOut.resolve(REPORT)).lessons().stream().map(LessonGrade::id).toList();
            List<String> dropped = stored.stream().filter(id -> !lessonIds().contains(id)).toList();
            return dropped.isEmpty() ? Optional.empty()
                    : Optional.of("replaces a stored grade of " + String.join(",", stored) + " with one of " + String.join(",", lessonIds())
                            + " only (" + String.join(",", dropped) + " no longer graded; grade with --lesson=all to restore them)");
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The stored report of {@code studentOut} when it is a gradable grade of this input by this grader version. */
    private Optional<GradeReport> reusable(Path studentOut, String hash) {
        Optional<StoredResult> stored = StoredResult.read(studentOut).filter(StoredResult::graded).filter(s -> s.sameInput(version, hash));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(StoredReport.read(studentOut.resolve(REPORT))).filter(GradeReport::gradable);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Writes the student's reports (or none, for a failed grade) and batch.json; gives the gradebook row. */
    private Gradebook.Row store(String student, Path studentOut, String hash, BatchGrader.Outcome outcome) throws IOException {
        Files.createDirectories(studentOut);
        for (ReportFormat format : reports.formats()) {
            Files.deleteIfExists(studentOut.resolve(format.fileName()));
        }
        if (outcome instanceof BatchGrader.Graded graded) {
            GradeReport report = named(graded.report(), student);
            reports.writeAll(studentOut, report);
            new StoredResult(student, StoredResult.GRADED, "", version, hash, graded.durationMs()).writeTo(studentOut);
            return Gradebook.graded(student, report, index);
        }
        BatchGrader.Failed failed = (BatchGrader.Failed) outcome;
        StoredResult result = new StoredResult(student, failed.status(), failed.detail(), version, hash, failed.durationMs());
        result.writeTo(studentOut);
        return Gradebook.failed(result);
    }

    private static Gradebook.Row unreadable(Path studentOut, String why) {
        return Gradebook.failed(new StoredResult(studentOut.getFileName().toString(), StoredResult.ERROR,
                "stored result unreadable: " + why, "", "", 0));
    }

    private Path writeGradebook(List<Gradebook.Row> rows) throws IOException {
        return AtomicFiles.write(out.resolve(GRADEBOOK), Gradebook.csv(rows, index));
    }

    /** The report under the student's name (the graded folder may be their {@code exercises/}). */
    private static GradeReport named(GradeReport report, String student) {
        return new GradeReport(report.schema(), student, report.backend(), report.language(), report.gradable(), report.score(),
                report.maxScore(), report.durationMs(), report.lessons(), report.notes());
    }

    private static String describe(Gradebook.Row row) {
        return switch (row.status()) {
            case StoredResult.GRADED -> points(row) + (Boolean.TRUE.equals(row.gradable()) ? "" : " (NOT GRADABLE: the lab failed)");
            case StoredResult.TIMED_OUT -> "TIMED OUT: " + row.detail();
            default -> "ERROR: " + row.detail();
        };
    }

    private static String points(Gradebook.Row row) {
        return Gradebook.number(row.total()) + " / " + Gradebook.number(row.max());
    }
}
