package dev.cdclab.report;

import dev.cdclab.grade.CheckGrade;
import dev.cdclab.grade.CheckStatus;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.grade.LessonGrade;
import dev.cdclab.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the renderers say, in one place, so every format says it the same way: the headings of the
 * report, a lesson and a lost check; which checks lost points; the labelled feedback of a check
 * (message, expected, observed, hint); its status in words and its display name. Each renderer
 * only adds its own markup.
 *
 * <pre>{@code
 * out.append("## ").append(ReportTexts.heading(report, messages));
 * for (CheckGrade check : ReportTexts.lost(report)) {
 *     ReportTexts.fields(check, messages).forEach(f -> out.append(f.label()).append(": ").append(f.value()));
 * }
 * }</pre>
 */
final class ReportTexts {
    /** Which piece of feedback a field is. */
    enum Kind {
        MESSAGE, EXPECTED, OBSERVED, HINT;

        /** Expected and observed quote values (configs, events): shown verbatim, never as prose. */
        boolean quoted() {
            return this == EXPECTED || this == OBSERVED;
        }
    }

    /** One labelled piece of feedback; its value is never blank. */
    record Field(Kind kind, String label, String value) {
    }

    private ReportTexts() {
    }

    /** "Оценка exercises: 6.5 из 10 баллов". */
    static String heading(GradeReport report, Messages messages) {
        return messages.get("report.heading", report.submission(), Points.count(report.score()), Points.count(report.maxScore()));
    }

    /** The lab backend and how long the grade took. */
    static String run(GradeReport report, Messages messages) {
        return messages.get("report.run", report.backend(), report.durationMs() / 1000.0);
    }

    /** "L04 Урок 04 — …: 6.5 из 10 баллов". */
    static String lessonHeading(LessonGrade lesson, Messages messages) {
        String name = lesson.title() == null || lesson.title().isBlank() ? lesson.id() : lesson.id() + " " + lesson.title();
        return messages.get("report.lesson", name, Points.count(lesson.score()), Points.count(lesson.maxScore()));
    }

    /** "2.5 из 6 баллов, статус: не пройдена", under a lost check's heading. */
    static String lostPointsLine(CheckGrade check, Messages messages) {
        return messages.get("report.lost.points", Points.count(check.score()), Points.count(check.maxScore()),
                statusWord(check.status(), messages));
    }

    /** The four column headings of a lesson table: check, title, points, status. */
    static List<String> columns(Messages messages) {
        return List.of("check", "title", "points", "status").stream().map(c -> messages.get("report.column." + c)).toList();
    }

    /** "4 / 4", a check's points in a table cell. */
    static String points(CheckGrade check) {
        return Points.shown(check.score()) + " / " + Points.shown(check.maxScore());
    }

    /** Every check of the report, lesson by lesson, in order. */
    static List<CheckGrade> all(GradeReport report) {
        return report.lessons().stream().flatMap(lesson -> lesson.checks().stream()).toList();
    }

    /** The checks that did not get full points, in report order. */
    static List<CheckGrade> lost(GradeReport report) {
        return all(report).stream().filter(ReportTexts::lostPoints).toList();
    }

    static boolean lostPoints(CheckGrade check) {
        return check.score() < check.maxScore();
    }

    /** {@code "<check id> — <title>"}, the name graders' tools show for a check. */
    static String name(CheckGrade check) {
        return check.title() == null || check.title().isBlank() ? check.id() : check.id() + " — " + check.title();
    }

    /** The status as a word in the run's language ({@code report.status.<wire>}). */
    static String statusWord(CheckStatus status, Messages messages) {
        return messages.get("report.status." + status.wire());
    }

    /** Message, expected, observed and hint, each with its label; blank ones are left out. */
    static List<Field> fields(CheckGrade check, Messages messages) {
        List<Field> fields = new ArrayList<>();
        add(fields, Kind.MESSAGE, messages.get("report.field.message"), check.message());
        add(fields, Kind.EXPECTED, messages.get("report.field.expected"), check.expected());
        add(fields, Kind.OBSERVED, messages.get("report.field.observed"), check.observed());
        add(fields, Kind.HINT, messages.get("report.field.hint"), check.hint());
        return fields;
    }

    /** The fields as plain text, one {@code label: value} paragraph each (empty when there is no feedback). */
    static String text(CheckGrade check, Messages messages) {
        return fields(check, messages).stream().map(f -> f.label() + ": " + f.value()).collect(Collectors.joining("\n"));
    }

    private static void add(List<Field> fields, Kind kind, String label, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new Field(kind, label, value.strip()));
        }
    }
}
