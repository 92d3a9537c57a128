package dev.cdclab.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.i18n.Messages;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * result.json and release-body.md for Classroom 50, validated against the schema its repository
 * publishes ({@code schemas/result-v1.schema.json}, kept in test resources), with the score rules
 * the schema cannot say (score = sum of tests, test score ≤ its maximum, never more than earned).
 */
public class Classroom50ResultTest {
    public static final Map<String, String> RUNNER = Map.of(
            "CLASSROOM", "cdc-module8",
            "ASSIGNMENT", "lesson04",
            "OWNER", "alice",
            "ASSIGNMENT_TYPE", "individual",
            "SUBMISSION_TAG", "submit/2026-12-02T10-00-00Z-a1b2c3d",
            "COMMIT_URL", "https://github.com/org/cdc-module8-lesson04-alice/commit/a1b2c3d",
            "RELEASE_URL", "https://github.com/org/cdc-module8-lesson04-alice/releases/tag/submit%2F2026",
            "REVIEW_URL", "https://github.com/org/cdc-module8-lesson04-alice/compare/0000000...a1b2c3d");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:05Z"), ZoneOffset.UTC);
    private final Messages messages = Messages.forLanguage("en");

    private JsonNode result(GradeReport report, Map<String, String> environment) throws Exception {
        return JSON.readTree(new Classroom50Result(messages, environment::get, CLOCK).render(report));
    }

    @Test
    void a_result_with_the_runners_identity_fits_the_published_schema() throws Exception {
        JsonNode result = result(RendererFixtures.twoLessons(), RUNNER);

        assertThat(Classroom50Schema.violations(result)).isEmpty();
        assertThat(result.get("schema").asText()).isEqualTo("classroom50/result/v1");
        assertThat(result.get("classroom").asText()).isEqualTo("cdc-module8");
        assertThat(result.get("owner").asText()).isEqualTo("alice");
        assertThat(result.get("submission").asText()).isEqualTo(RUNNER.get("SUBMISSION_TAG"));
        assertThat(result.get("review").asText()).isEqualTo(RUNNER.get("REVIEW_URL"));
        assertThat(result.get("datetime").asText()).isEqualTo("2026-12-02T10:00:05Z");
    }

    @Test
    void one_test_per_check_with_whole_points_rounded_down_and_totals_that_are_their_sums() throws Exception {
        // GIVEN L04 4/4 and 2.5/6, L05 0/3, 0/2, 0/2 (6.5/17)
        JsonNode result = result(RendererFixtures.twoLessons(), RUNNER);

        JsonNode tests = result.get("tests");
        assertThat(tests).hasSize(5);
        assertThat(tests.get(0).get("passed").asBoolean()).isTrue();
        assertThat(tests.get(0).get("score").asLong()).isEqualTo(4);
        assertThat(tests.get(1).get("passed").asBoolean()).isFalse();
        assertThat(tests.get(1).get("score").asLong()).isEqualTo(2);
        assertThat(tests.get(1).get("max-score").asLong()).isEqualTo(6);
        assertThat(tests.get(1).get("test-name").asText()).startsWith("L04.");
        long sum = 0;
        long max = 0;
        for (JsonNode test : tests) {
            assertThat(test.get("score").asLong()).isLessThanOrEqualTo(test.get("max-score").asLong());
            sum += test.get("score").asLong();
            max += test.get("max-score").asLong();
        }
        assertThat(result.get("score").asLong()).isEqualTo(sum).isEqualTo(6);
        assertThat(result.get("max-score").asLong()).isEqualTo(max).isEqualTo(17);
    }

    @Test
    void outside_classroom_50_the_identity_is_unknown_and_still_fits_the_schema() throws Exception {
        JsonNode result = result(RendererFixtures.twoLessons(), Map.of("SUBMISSION_TAG", "phase1"));

        assertThat(Classroom50Schema.violations(result)).isEmpty();
        assertThat(result.get("classroom").asText()).isEqualTo("unknown");
        assertThat(result.get("submission").asText()).isEqualTo("submit/unknown");
        assertThat(result.get("review").asText()).isEqualTo(result.get("commit").asText());
    }

    @Test
    void the_schema_check_can_fail() throws Exception {
        JsonNode result = result(RendererFixtures.twoLessons(), RUNNER);
        ((com.fasterxml.jackson.databind.node.ObjectNode) result).put("score", 6.5);

        assertThat(Classroom50Schema.violations(result)).isNotEmpty();
    }

    @Test
    void the_release_body_is_the_markdown_feedback_and_says_when_points_were_rounded() {
        Classroom50ReleaseBody body = new Classroom50ReleaseBody(messages);
        String rounded = body.render(RendererFixtures.twoLessons());
        String whole = body.render(wholePoints());

        assertThat(body.fileName()).isEqualTo("release-body.md");
        assertThat(rounded).startsWith("> " + messages.get("report.classroom50.rounded"))
                .contains(new MarkdownSummary(messages).render(RendererFixtures.twoLessons()));
        assertThat(whole).isEqualTo(new MarkdownSummary(messages).render(wholePoints()));
    }

    /** The sample report without its half-scored check. */
    private GradeReport wholePoints() {
        GradeReport sample = SampleReport.of(messages, true);
        return new GradeReport(sample.schema(), sample.submission(), sample.backend(), sample.language(), true,
                4, 10, sample.durationMs(), sample.lessons().subList(0, 1), sample.notes());
    }
}
