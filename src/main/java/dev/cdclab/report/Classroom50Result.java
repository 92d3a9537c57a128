package dev.cdclab.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cdclab.grade.CheckGrade;
import dev.cdclab.grade.CheckStatus;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.i18n.Messages;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * {@code result.json} in Classroom 50's {@code classroom50/result/v1}: what its runner reads from
 * the student's checkout after the per-assignment {@code autograder.py} (our shim,
 * {@code classroom50/autograder.py}) ran, published as the submission's Release.
 *
 * <pre>{@code
 * new Classroom50Result(messages, System::getenv, Clock.systemUTC()).writeTo(Path.of("target/grade"), studentView);
 * }</pre>
 *
 * <p>The identity fields come from the runner's environment ({@code CLASSROOM}, {@code ASSIGNMENT},
 * {@code ASSIGNMENT_TYPE}, {@code OWNER} or {@code USERNAME}, {@code SUBMISSION_TAG},
 * {@code COMMIT_URL}, {@code RELEASE_URL}, {@code REVIEW_URL}); the runner stamps owner and type
 * itself, and a value it does not give is {@value #UNKNOWN} (a grade run outside Classroom 50),
 * which Classroom 50's collection rejects as a foreign identity rather than file in a gradebook.
 *
 * <p>One test per check, named {@code <check id> — <title>}, with its feedback as {@code message}.
 * The schema wants whole points: each check's score is rounded <em>down</em> (2.5 of 3 records 2,
 * never more than earned), its maximum to the nearest integer, and the totals are the sums, as
 * the schema says; {@code release-body.md} ({@link Classroom50ReleaseBody}) keeps the exact
 * points. A check is {@code passed} only with full points and status {@code passed}.
 */
public final class Classroom50Result implements ReportFormat {
    public static final String SCHEMA = "classroom50/result/v1";
    static final String UNKNOWN = "unknown";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Messages messages;
    private final Function<String, String> environment;
    private final Clock clock;

    public Classroom50Result(Messages messages, Function<String, String> environment, Clock clock) {
        this.messages = messages;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public String fileName() {
        return "result.json";
    }

    @Override
    public String render(GradeReport report) {
        return toJson(report).toPrettyString() + "\n";
    }

    ObjectNode toJson(GradeReport report) {
        String now = INSTANT.format(clock.instant());
        String commit = env("COMMIT_URL", UNKNOWN);
        ObjectNode root = JSON.createObjectNode()
                .put("schema", SCHEMA)
                .put("classroom", env("CLASSROOM", UNKNOWN))
                .put("assignment", env("ASSIGNMENT", UNKNOWN))
                .put("assignment_type", "group".equals(environment.apply("ASSIGNMENT_TYPE")) ? "group" : "individual")
                .put("owner", env("OWNER", env("USERNAME", UNKNOWN)))
                .put("submission", submissionTag())
                .put("commit", commit)
                .put("release", env("RELEASE_URL", UNKNOWN))
                .put("review", env("REVIEW_URL", commit))
                .put("datetime", now)
                .put("graded_at", now);
        List<CheckGrade> checks = ReportTexts.all(report);
        root.put("score", checks.stream().mapToLong(Classroom50Result::wholeScore).sum());
        root.put("max-score", checks.stream().mapToLong(Classroom50Result::wholeMax).sum());
        ArrayNode tests = root.putArray("tests");
        for (CheckGrade check : checks) {
            tests.addObject()
                    .put("test-name", ReportTexts.name(check))
                    .put("passed", check.status() == CheckStatus.PASSED && !ReportTexts.lostPoints(check))
                    .put("score", wholeScore(check))
                    .put("max-score", wholeMax(check))
                    .put("status", check.status().wire())
                    .put("message", ReportTexts.text(check, messages));
        }
        return root;
    }

    /** Whether some check's points are not whole, so {@code result.json} records less than the grade. */
    static boolean rounds(GradeReport report) {
        return ReportTexts.all(report).stream().anyMatch(check -> wholeScore(check) != check.score());
    }

    static long wholeScore(CheckGrade check) {
        return Math.min(wholeMax(check), Math.max(0, (long) Math.floor(check.score())));
    }

    static long wholeMax(CheckGrade check) {
        return Math.max(0, Math.round(check.maxScore()));
    }

    /** The schema wants {@code submit/…}; a run outside Classroom 50 has no tag. */
    private String submissionTag() {
        String tag = environment.apply("SUBMISSION_TAG");
        return tag != null && tag.startsWith("submit/") ? tag : "submit/" + UNKNOWN;
    }

    private String env(String name, String fallback) {
        String value = environment.apply(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
