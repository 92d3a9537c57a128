package dev.cdclab.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdclab.grade.CheckGrade;
import dev.cdclab.grade.CheckStatus;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.grade.LessonGrade;
import dev.cdclab.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressLinesTest {
    private final StringWriter printed = new StringWriter();
    private final ProgressLines progress = new ProgressLines(Messages.forLanguage("ru"), new PrintWriter(printed));

    @Test
    void checksThatHaveNotRunYetPrintNothing() {
        progress.accept(report(check("L04.a", CheckStatus.NOT_RUN, 0, 2), check("L04.b", CheckStatus.NOT_RUN, 0, 3)));

        assertThat(printed.toString()).isEmpty();
    }

    @Test
    void aCheckIsPrintedOnceWhenItEndsWithItsStatusPointsAndSecondsInTheRunsLanguage() {
        progress.accept(report(check("L04.a", CheckStatus.PASSED, 2, 2), check("L04.b", CheckStatus.NOT_RUN, 0, 3)));
        progress.accept(report(check("L04.a", CheckStatus.PASSED, 2, 2), check("L04.b", CheckStatus.NOT_RUN, 0, 3)));

        assertThat(printed.toString().lines().toList()).singleElement().asString()
                .contains("ok", "L04.a", "2/2", "1,5 с");
    }

    @Test
    void aLessonIsPrintedOnceAfterItsLastCheck() {
        progress.accept(report(check("L04.a", CheckStatus.PASSED, 2, 2), check("L04.b", CheckStatus.NOT_RUN, 0, 3)));
        progress.accept(report(check("L04.a", CheckStatus.PASSED, 2, 2), check("L04.b", CheckStatus.FAILED, 1, 3)));
        progress.accept(report(check("L04.a", CheckStatus.PASSED, 2, 2), check("L04.b", CheckStatus.FAILED, 1, 3)));

        List<String> lines = printed.toString().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains("FAIL", "L04.b", "1/3");
        assertThat(lines.get(2)).isEqualTo("L04: 3 из 5");
    }

    private static CheckGrade check(String id, CheckStatus status, double score, double max) {
        return new CheckGrade(id, "title", "L04", status, score, max, "visible", null, null, null, null, 1_500);
    }

    private static GradeReport report(CheckGrade... checks) {
        double score = List.of(checks).stream().mapToDouble(CheckGrade::score).sum();
        double max = List.of(checks).stream().mapToDouble(CheckGrade::maxScore).sum();
        return new GradeReport(GradeReport.SCHEMA, "exercises", "embedded", "ru", true, score, max, 0,
                List.of(new LessonGrade("L04", "Урок 04", score, max, List.of(checks))), List.of());
    }
}
