package dev.cdclab.selfcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdclab.grade.CheckGrade;
import dev.cdclab.grade.CheckStatus;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.grading.LessonSelection;
import dev.cdclab.grading.QuizFeedback;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Proves that no quiz-like check prints its answer key ({@link QuizFeedback}): in a graded report,
 * the feedback (summary, expected, observed, hint) of every quiz check that lost points must hold
 * none of the reference answers that {@code solutions/} gives at the check's {@code answers}, except
 * an answer the student wrote in the same file (the feedback may quote the student). A value counts
 * as a whole word: {@code pos} is not found in {@code gtid_binlog_pos}.
 *
 * <pre>{@code
 * List<String> leaks = new AnswerLeakScan(project.resolve("solutions"), lessons).leaks(report, submission);
 * }</pre>
 */
final class AnswerLeakScan {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path solutions;
    private final Map<String, List<String>> answerKeys;

    AnswerLeakScan(Path solutions, LessonSelection lessons) {
        this(solutions, QuizFeedback.answerKeys(lessons));
    }

    AnswerLeakScan(Path solutions, Map<String, List<String>> answerKeys) {
        this.solutions = solutions;
        this.answerKeys = Map.copyOf(answerKeys);
    }

    /** The self-check's row for a graded submission: ok when its quiz checks' feedback holds no answer key. */
    SelfCheckResult.Entry entry(String name, GradeReport report, Path submission) {
        List<String> leaks = leaks(report, submission);
        String lessons = String.join(",", report.lessons().stream().map(dev.cdclab.grade.LessonGrade::id).toList());
        return new SelfCheckResult.Entry(name, "leak-scan", lessons, "no answer key in quiz feedback",
                leaks.isEmpty() ? "none" : String.join("; ", leaks), leaks.isEmpty());
    }

    /** Each leak as {@code <check>: "<answer>" in <field>}; empty when there is none. */
    List<String> leaks(GradeReport report, Path submission) {
        List<String> leaks = new ArrayList<>();
        report.lessons().stream().flatMap(lesson -> lesson.checks().stream())
                .filter(check -> check.status() != CheckStatus.PASSED && answerKeys.containsKey(check.id()))
                .forEach(check -> answerKeys.get(check.id()).forEach(where -> {
                    String written = written(submission, where);
                    for (String answer : answers(solutions, where)) {
                        if (!containsWord(written, answer)) {
                            fields(check).forEach((field, text) -> {
                                if (containsWord(text, answer)) {
                                    leaks.add(check.id() + ": \"" + answer + "\" in " + field);
                                }
                            });
                        }
                    }
                }));
        return leaks;
    }

    /**
     * Whether {@code text} holds {@code word} as a word of its own: no letter, digit, {@code _} or
     * {@code -} right before or after it, nor {@code /} before it ({@code unsafe} is not in
     * {@code lesson01/unsafe-statements.json}, {@code pos} not in {@code gtid_binlog_pos}).
     */
    static boolean containsWord(String text, String word) {
        return text != null && !word.isBlank() && Pattern.compile("(?<![\\p{L}\\p{N}_/-])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}_-])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }

    /** Every text value at {@code where} ({@code file} or {@code file#/json/pointer}) of the reference solution. */
    static Set<String> answers(Path submission, String where) {
        Set<String> answers = new LinkedHashSet<>();
        try {
            JsonNode node = JSON.readTree(read(submission, where)).at(pointer(where));
            collect(node, answers);
        } catch (IOException e) {
            throw new IllegalStateException("the reference answers at " + where + " are not readable JSON: " + e.getMessage(), e);
        }
        return answers;
    }

    private static void collect(JsonNode node, Set<String> answers) {
        if (node.isTextual()) {
            answers.add(node.asText().trim().toLowerCase(Locale.ROOT));
        }
        node.elements().forEachRemaining(child -> collect(child, answers));
    }

    /** What the student's file holds, as text (nothing when it is missing or unreadable). */
    private static String written(Path submission, String where) {
        try {
            return read(submission, where);
        } catch (IOException e) {
            return "";
        }
    }

    private static String read(Path submission, String where) throws IOException {
        int hash = where.indexOf('#');
        return Files.readString(submission.resolve(hash < 0 ? where : where.substring(0, hash)));
    }

    private static String pointer(String where) {
        int hash = where.indexOf('#');
        return hash < 0 ? "" : where.substring(hash + 1);
    }

    private static Map<String, String> fields(CheckGrade check) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("summary", Objects.toString(check.message(), ""));
        fields.put("expected", Objects.toString(check.expected(), ""));
        fields.put("observed", Objects.toString(check.observed(), ""));
        fields.put("hint", Objects.toString(check.hint(), ""));
        return fields;
    }
}
