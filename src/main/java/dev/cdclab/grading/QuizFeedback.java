package dev.cdclab.grading;

import dev.cdclab.i18n.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one rule for the feedback of a quiz-like check (an answer the student could copy from the
 * report into the file): it says which answer is wrong and why, with a hint that teaches, and never
 * the right answer. Its "expected" is always the same sentence ({@value #EXPECTED}), its "observed"
 * is what the student wrote. A check is quiz-like when its {@link Check#answers()} names where the
 * reference answers are; the self-check's answer-leak scan reads them from {@code solutions/} and
 * fails when any appears in such a check's feedback.
 *
 * <pre>{@code
 * throw QuizFeedback.wrong(Text.of("L01.unsafe.wrong", file, id, sql), answer, Text.of("hint.L01.unsafe"));
 * }</pre>
 */
public final class QuizFeedback {
    /** The "expected" of every wrong quiz answer: the lesson's answer, which the grader does not show. */
    public static final String EXPECTED = "quiz.expected";
    static final String UNANSWERED = "quiz.unanswered";

    private QuizFeedback() {
    }

    /** {@code answered} is wrong: {@code why} teaches what to look at, without the right answer. */
    public static CheckFailure wrong(Text summary, String answered, Text why) {
        return CheckFailure.of(summary)
                .expected(Text.of(EXPECTED))
                .observed(answered == null || answered.isBlank() ? Text.of(UNANSWERED) : Text.verbatim(answered))
                .hint(why);
    }

    /**
     * The quiz-like checks of the selected lessons on the classpath: check id → where their
     * reference answers are, relative to a submission ({@code lesson01/unsafe-statements.json}, or
     * a JSON pointer into a file: {@code lesson03/connector.json#/config/database.hostname}).
     */
    public static Map<String, List<String>> answerKeys(LessonSelection selection) {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        LessonSuites.discover().forEach((lesson, suites) -> {
            if (selection.includes(lesson)) {
                suites.forEach(suite -> java.util.Arrays.stream(suite.getDeclaredMethods())
                        .map(method -> method.getAnnotation(Check.class))
                        .filter(check -> check != null && check.answers().length > 0)
                        .forEach(check -> keys.put(check.id(), List.of(check.answers()))));
            }
        });
        return keys;
    }
}
