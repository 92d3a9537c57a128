package dev.cdclab.lessons;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cdclab.grading.CheckFailure;
import dev.cdclab.i18n.Messages;
import dev.cdclab.submission.Submission;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hidden locking-mode check on connector configs written to a temporary submission; no lab. */
class Lesson04HiddenChecksTest {
    private static final String CONNECTOR = "lesson04/connector.json";
    private final Messages english = Messages.forLanguage("en");

    @TempDir
    Path submission;

    @Test
    void minimal_in_any_case_passes() throws IOException {
        write("{\"name\": \"c\", \"config\": {\"snapshot.locking.mode\": \" MINIMAL \"}}");

        assertThatCode(() -> Lesson04HiddenChecks.requireMinimalLocking(new Submission(submission), CONNECTOR))
                .doesNotThrowAnyException();
    }

    @Test
    void another_mode_fails_quoting_it_and_the_expected_one_in_the_hidden_texts() throws IOException {
        write("{\"name\": \"c\", \"config\": {\"snapshot.locking.mode\": \"none\"}}");

        CheckFailure failure = failure();

        assertThat(english.render(failure.summary())).isEqualTo("lesson04/connector.json: snapshot.locking.mode is none, not minimal.");
        assertThat(english.render(failure.expected())).isEqualTo("snapshot.locking.mode = minimal");
        assertThat(english.render(failure.observed())).isEqualTo("snapshot.locking.mode = none");
        assertThat(english.render(failure.hint())).startsWith("minimal holds the global read lock");
    }

    @Test
    void a_config_without_the_key_passes_since_minimal_is_debeziums_default() throws IOException {
        write("{\"name\": \"c\", \"config\": {\"snapshot.mode\": \"initial\"}}");

        assertThatCode(() -> Lesson04HiddenChecks.requireMinimalLocking(new Submission(submission), CONNECTOR))
                .doesNotThrowAnyException();
    }

    @Test
    void a_malformed_config_fails_as_the_public_checks_do() throws IOException {
        write("{\"name\": \"c\", \"config\": {\"snapshot.locking.mode\": \"minimal\",}}");

        assertThat(english.render(failure().summary())).contains("not valid JSON");
    }

    private CheckFailure failure() {
        CheckFailure failure = catchThrowableOfType(CheckFailure.class,
                () -> Lesson04HiddenChecks.requireMinimalLocking(new Submission(submission), CONNECTOR));
        assertThat(failure).as("a CheckFailure").isNotNull();
        return failure;
    }

    private void write(String json) throws IOException {
        Files.createDirectories(submission.resolve("lesson04"));
        Files.writeString(submission.resolve(CONNECTOR), json);
    }
}
