package dev.cdclab.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdclab.grade.CheckGrade;
import dev.cdclab.grade.CheckStatus;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.grade.LessonGrade;
import dev.cdclab.grading.LessonSelection;
import dev.cdclab.grading.QuizFeedback;
import dev.cdclab.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answer-leak scan the self-check runs on the starters and on every wrong entry: it finds a
 * reference answer in a quiz check's feedback, and lets through what the student wrote. Its static
 * half scans the Russian and English patterns of the quiz checks' own messages.
 */
class AnswerLeakScanTest {
    private static final Path SOLUTIONS = Path.of("solutions");
    private static final String UNSAFE = "L01.unsafe-statements";
    private static final String ENDPOINT = "L03.endpoint.cluster-writer";
    /** The message keys of each quiz check's feedback (its summaries and hints), by prefix. */
    private static final Map<String, List<String>> QUIZ_MESSAGES = Map.of(
            UNSAFE, List.of("L01.unsafe.", "hint.L01.unsafe", "quiz."),
            "L01.row-images", List.of("L01.row-image.", "hint.L01.row-images", "quiz."),
            "L02.positions.source-fields", List.of("L02.positions.", "hint.L02.positions", "quiz."),
            ENDPOINT, List.of("L03.endpoint.", "hint.L03.endpoint", "hint.L03.instance", "hint.L03.reader", "quiz."));

    @TempDir
    Path submission;

    @Test
    void every_quiz_check_of_the_lessons_declares_where_its_reference_answers_are() {
        assertThat(QuizFeedback.answerKeys(LessonSelection.parse("all"))).containsOnlyKeys(QUIZ_MESSAGES.keySet())
                .containsEntry(ENDPOINT, List.of("lesson03/connector.json#/config/database.hostname"));
    }

    @Test
    void the_reference_answers_are_read_from_the_solution_at_the_declared_place() {
        assertThat(AnswerLeakScan.answers(SOLUTIONS, "lesson01/unsafe-statements.json")).containsExactlyInAnyOrder("safe", "unsafe");
        assertThat(AnswerLeakScan.answers(SOLUTIONS, "lesson02/positions.json")).containsExactlyInAnyOrder("lsn", "file", "pos", "gtid");
        assertThat(AnswerLeakScan.answers(SOLUTIONS, "lesson03/connector.json#/config/database.hostname"))
                .containsExactly("cdc-lab.cluster-c8xk2example.eu-central-1.rds.amazonaws.com");
    }

    @Test
    void the_old_expected_field_of_the_unsafe_statements_quiz_is_a_leak_on_the_starter() throws IOException {
        write("lesson01/unsafe-statements.json", "{\"s1\": \"?\"}");
        GradeReport report = report(check(UNSAFE, "s1 (INSERT ... UUID())", "unsafe", "?", "see lesson 01"));
        assertThat(scan().leaks(report, submission)).containsExactly(UNSAFE + ": \"unsafe\" in expected");
    }

    @Test
    void an_answer_the_student_wrote_may_be_quoted_back() throws IOException {
        write("lesson01/unsafe-statements.json", "{\"s1\": \"safe\", \"s2\": \"unsafe\"}");
        GradeReport report = report(check(UNSAFE, "s1", "the answer the lesson leads to", "safe", "UUID() returns a new value"));
        assertThat(scan().leaks(report, submission)).isEmpty();
    }

    @Test
    void the_cluster_endpoint_in_the_feedback_of_a_student_who_named_another_host_is_a_leak() throws IOException {
        String instance = "cdc-lab-instance-1.c8xk2example.eu-central-1.rds.amazonaws.com";
        write("lesson03/connector.json", "{\"config\": {\"database.hostname\": \"" + instance + "\"}}");
        GradeReport quoted = report(check(ENDPOINT, "database.hostname = " + instance, "the answer", instance, "use the cluster endpoint"));
        GradeReport leaked = report(check(ENDPOINT, "database.hostname = " + instance,
                "cdc-lab.cluster-c8xk2example.eu-central-1.rds.amazonaws.com", instance, "use the cluster endpoint"));
        assertThat(scan().leaks(quoted, submission)).isEmpty();
        assertThat(scan().leaks(leaked, submission)).containsExactly(ENDPOINT + ": \"cdc-lab.cluster-c8xk2example.eu-central-1.rds.amazonaws.com\" in expected");
    }

    @Test
    void a_value_counts_only_as_a_whole_word() {
        assertThat(AnswerLeakScan.containsWord("gtid_binlog_pos / positions.json", "pos")).isFalse();
        assertThat(AnswerLeakScan.containsWord("небезопасен", "safe")).isFalse();
        assertThat(AnswerLeakScan.containsWord("lesson01/unsafe-statements.json: s1", "unsafe")).isFalse();
        assertThat(AnswerLeakScan.containsWord("fields: file, pos", "pos")).isTrue();
        assertThat(AnswerLeakScan.containsWord("source.LSN", "lsn")).isTrue();
    }

    @Test
    void no_russian_or_english_message_of_a_quiz_check_holds_a_reference_answer() {
        Map<String, List<String>> keys = QuizFeedback.answerKeys(LessonSelection.parse("all"));
        for (String language : List.of("ru", "en")) {
            Messages messages = Messages.forLanguage(language);
            QUIZ_MESSAGES.forEach((check, prefixes) -> {
                Set<String> answers = new java.util.LinkedHashSet<>();
                keys.get(check).forEach(where -> answers.addAll(AnswerLeakScan.answers(SOLUTIONS, where)));
                messages.keys().stream().filter(key -> prefixes.stream().anyMatch(key::startsWith)).forEach(key -> {
                    String text = messages.get(key);
                    answers.forEach(answer -> assertThat(AnswerLeakScan.containsWord(text, answer))
                            .as("%s (%s) of %s holds the answer \"%s\": %s", key, language, check, answer, text).isFalse());
                });
            });
        }
    }

    private AnswerLeakScan scan() {
        return new AnswerLeakScan(SOLUTIONS, QuizFeedback.answerKeys(LessonSelection.parse("all")));
    }

    private void write(String file, String text) throws IOException {
        Files.createDirectories(submission.resolve(file).getParent());
        Files.writeString(submission.resolve(file), text);
    }

    private static CheckGrade check(String id, String message, String expected, String observed, String hint) {
        return new CheckGrade(id, id, id.substring(0, 3), CheckStatus.FAILED, 0, 2, "visible", message, expected, observed, hint, 0);
    }

    private static GradeReport report(CheckGrade check) {
        return new GradeReport(GradeReport.SCHEMA, "exercises", "embedded", "en", true, 0, 2, 0,
                List.of(new LessonGrade(check.lesson(), "", 0, 2, List.of(check))), List.of());
    }
}
