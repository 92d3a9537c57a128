package dev.cdclab.classroom;

import dev.cdclab.grade.CheckGrade;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.grading.CheckIndex;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The gradebook: one row per student with the points of each check and each lesson, re-scored
 * with the points the checks have now ({@link CheckIndex}): a check keeps the share of its points
 * it earned when it was graded, so changing a check's points changes every row without grading
 * again. Columns: {@code student, status, gradable, total, max}, one per lesson, one per check,
 * {@code detail}. A check missing from a stored report (added since) is left empty and out of
 * that row's maximum, and so is a lesson none of whose checks it has; lesson caps apply as in the report.
 *
 * <pre>{@code
 * CheckIndex index = CheckIndex.discover(LessonSelection.parse("L04"));
 * List<Gradebook.Row> rows = List.of(Gradebook.graded("anna", report, index), Gradebook.failed(stored));
 * String csv = Gradebook.csv(rows, index);
 * }</pre>
 */
public final class Gradebook {
    /** One student's line; scores by lesson id and by check id (a missing key is an empty cell). */
    public record Row(String student, String status, Boolean gradable, double total, double max,
                      Map<String, Double> lessons, Map<String, Double> checks, String detail) {
        public Row {
            lessons = Map.copyOf(lessons);
            checks = Map.copyOf(checks);
        }
    }

    private Gradebook() {
    }

    /** A graded student's row, re-scored with the index's points. */
    public static Row graded(String student, GradeReport report, CheckIndex index) {
        Map<String, CheckGrade> graded = report.lessons().stream().flatMap(lesson -> lesson.checks().stream())
                .collect(Collectors.toMap(CheckGrade::id, Function.identity(), (first, second) -> first));
        Map<String, Double> lessons = new LinkedHashMap<>();
        Map<String, Double> checks = new LinkedHashMap<>();
        double total = 0;
        double max = 0;
        for (CheckIndex.LessonChecks lesson : index.lessons()) {
            double score = 0;
            double lessonMax = 0;
            boolean any = false;
            for (CheckIndex.CheckPoints check : lesson.checks()) {
                CheckGrade grade = graded.get(check.id());
                if (grade != null) {
                    double points = share(grade) * check.points();
                    checks.put(check.id(), points);
                    score += points;
                    lessonMax += check.points();
                    any = true;
                }
            }
            if (!any) {
                continue;
            }
            if (lesson.cap() > 0) {
                lessonMax = Math.min(lessonMax, lesson.cap());
                score = Math.min(score, lessonMax);
            }
            lessons.put(lesson.id(), score);
            total += score;
            max += lessonMax;
        }
        return new Row(student, StoredResult.GRADED, report.gradable(), total, max, lessons, checks, "");
    }

    /** The check ids of the index that {@code report} has no grade for. */
    public static List<String> missingChecks(GradeReport report, CheckIndex index) {
        List<String> graded = report.lessons().stream().flatMap(lesson -> lesson.checks().stream()).map(CheckGrade::id).toList();
        return index.lessons().stream().flatMap(lesson -> lesson.checks().stream()).map(CheckIndex.CheckPoints::id)
                .filter(id -> !graded.contains(id)).toList();
    }

    /** The row of a student whose grade crashed or ran past its bound: no points, the reason as detail. */
    public static Row failed(StoredResult stored) {
        return new Row(stored.student(), stored.status(), null, 0, 0, Map.of(), Map.of(), stored.detail());
    }

    /** The share of its points a check earned: score / max, or all or nothing for a check worth 0. */
    private static double share(CheckGrade grade) {
        if (grade.maxScore() > 0) {
            return grade.score() / grade.maxScore();
        }
        return grade.score() > 0 || grade.status() == dev.cdclab.grade.CheckStatus.PASSED ? 1 : 0;
    }

    /** The header of a gradebook over {@code index}. */
    public static List<String> header(CheckIndex index) {
        List<String> header = new ArrayList<>(List.of("student", "status", "gradable", "total", "max"));
        index.lessons().forEach(lesson -> header.add(lesson.id()));
        index.lessons().forEach(lesson -> lesson.checks().forEach(check -> header.add(check.id())));
        header.add("detail");
        return header;
    }

    /** The whole gradebook, rows sorted by student. */
    public static String csv(List<Row> rows, CheckIndex index) {
        StringBuilder csv = new StringBuilder(Csv.line(header(index)));
        rows.stream().sorted(Comparator.comparing(Row::student)).forEach(row -> {
            List<String> fields = new ArrayList<>(List.of(row.student(), row.status(),
                    row.gradable() == null ? "" : row.gradable().toString(), number(row.total()), number(row.max())));
            index.lessons().forEach(lesson -> fields.add(cell(row.lessons(), lesson.id())));
            index.lessons().forEach(lesson -> lesson.checks().forEach(check -> fields.add(cell(row.checks(), check.id()))));
            fields.add(row.detail());
            csv.append(Csv.line(fields));
        });
        return csv.toString();
    }

    private static String cell(Map<String, Double> scores, String id) {
        return Optional.ofNullable(scores.get(id)).map(Gradebook::number).orElse("");
    }

    /** Points with at most two decimals and no trailing zeros: {@code 6.5}, {@code 4}, {@code 2.67}. */
    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
