package dev.cdclab.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cdclab.grading.CheckFailure;
import dev.cdclab.i18n.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@link Submission} reads an artifact: only a readable UTF-8 file of its own folder. */
class SubmissionArtifactTest {
    private static final String ARTIFACT = "lesson04/connector.json";

    @TempDir
    Path temp;
    private Path folder;
    private Submission submission;

    @BeforeEach
    void aSubmissionFolder() throws IOException {
        folder = Files.createDirectories(temp.resolve("exercises"));
        submission = new Submission(folder);
    }

    @Test
    void a_file_of_the_folder_is_read_as_utf8_text() throws IOException {
        write(ARTIFACT, "{\"name\": \"клиенты\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(submission.text(ARTIFACT)).isEqualTo("{\"name\": \"клиенты\"}");
        assertThat(submission.name()).isEqualTo("exercises");
    }

    @Test
    void a_missing_file_names_the_file_and_the_folder() {
        CheckFailure failure = failureOf(() -> submission.connector(ARTIFACT));
        assertThat(failure.summary()).isEqualTo(Text.of("artifact.missing", ARTIFACT, "exercises"));
        assertThat(failure.hint()).isEqualTo(Text.of("artifact.missing.hint", ARTIFACT));
    }

    @Test
    void a_folder_where_the_file_should_be_counts_as_missing() throws IOException {
        Files.createDirectories(folder.resolve(ARTIFACT));
        assertThat(failureOf(() -> submission.text(ARTIFACT)).summary().key()).isEqualTo("artifact.missing");
    }

    @Test
    void a_path_that_climbs_out_of_the_folder_is_refused_before_it_is_read() throws IOException {
        // GIVEN a file right beside the submission folder
        Files.writeString(temp.resolve("x.json"), "{}");
        // WHEN a path climbs to it THEN it is refused, not read
        assertThat(failureOf(() -> submission.text("../x.json")).summary())
                .isEqualTo(Text.of("artifact.outside", "../x.json"));
        assertThat(failureOf(() -> submission.text("lesson04/../../x.json")).summary().key())
                .isEqualTo("artifact.outside");
    }

    @Test
    void an_absolute_path_elsewhere_is_refused() throws IOException {
        String elsewhere = Files.writeString(temp.resolve("x.json"), "{}").toAbsolutePath().toString();
        assertThat(failureOf(() -> submission.text(elsewhere)).summary().key()).isEqualTo("artifact.outside");
    }

    @Test
    void a_file_larger_than_256_kib_is_refused_with_its_size() throws IOException {
        int size = 256 * 1024 + 1;
        write(ARTIFACT, new byte[size]);
        CheckFailure failure = failureOf(() -> submission.text(ARTIFACT));
        assertThat(failure.summary()).isEqualTo(Text.of("artifact.too-large", ARTIFACT, (long) size, String.valueOf(256 * 1024)));
    }

    @Test
    void a_file_of_exactly_256_kib_is_read() throws IOException {
        write(ARTIFACT, " ".repeat(256 * 1024).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(submission.text(ARTIFACT)).hasSize(256 * 1024);
    }

    @Test
    void bytes_that_are_not_utf8_are_refused() throws IOException {
        // GIVEN "Привет" in windows-1251, as an old Windows editor saves it
        write(ARTIFACT, new byte[] {'{', (byte) 0xCF, (byte) 0xF0, (byte) 0xE8, '}'});
        assertThat(failureOf(() -> submission.text(ARTIFACT)).summary()).isEqualTo(Text.of("artifact.not-utf8", ARTIFACT));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}, with a byte order mark: {1}")
    @org.junit.jupiter.params.provider.CsvSource({"UTF-16LE, true", "UTF-16LE, false", "UTF-16BE, true", "UTF-16BE, false",
            "UTF-32LE, true", "UTF-32LE, false", "UTF-32BE, true", "UTF-32BE, false"})
    void a_file_in_utf16_or_utf32_is_refused_naming_its_encoding_and_how_to_save_it_as_utf8(String encoding, boolean bom)
            throws IOException {
        // GIVEN the JSON as PowerShell 5's > or Notepad's "Unicode" saves it
        write(ARTIFACT, ((bom ? "\uFEFF" : "") + "{\"name\": \"x\"}").getBytes(java.nio.charset.Charset.forName(encoding)));
        // WHEN it is read THEN the failure names the encoding, and the hint how to save it as UTF-8
        CheckFailure failure = failureOf(() -> submission.text(ARTIFACT));
        assertThat(failure.summary()).isEqualTo(Text.of("artifact.not-utf8.unicode", ARTIFACT, encoding));
        assertThat(failure.getMessage()).contains("is saved in " + encoding + ", not in UTF-8", "Save with Encoding");
    }

    @Test
    void plain_ascii_and_utf8_with_a_bom_are_not_taken_for_utf16() throws IOException {
        write(ARTIFACT, "\uFEFF{\"name\": \"Привет\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(submission.text(ARTIFACT)).isEqualTo("{\"name\": \"Привет\"}");
        write(ARTIFACT, "{}".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(submission.text(ARTIFACT)).isEqualTo("{}");
    }

    @Test
    void a_symbolic_link_to_a_file_outside_the_folder_is_refused() throws IOException {
        // GIVEN a link in the submission to a file outside it
        Path secret = Files.writeString(temp.resolve("secret.json"), "{\"name\": \"secret\", \"config\": {}}");
        Files.createDirectories(folder.resolve("lesson04"));
        Files.createSymbolicLink(folder.resolve(ARTIFACT), secret);
        // WHEN it is read THEN it is refused as leading outside
        assertThat(failureOf(() -> submission.connector(ARTIFACT)).summary()).isEqualTo(Text.of("artifact.outside", ARTIFACT));
    }

    @Test
    void a_symbolic_link_to_a_folder_outside_is_refused_too() throws IOException {
        // GIVEN the lesson folder itself is a link to a folder outside the submission
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("connector.json"), "{\"name\": \"secret\", \"config\": {}}");
        Files.createSymbolicLink(folder.resolve("lesson04"), elsewhere);
        // WHEN the artifact is read through it THEN it is refused, not read
        assertThat(failureOf(() -> submission.text(ARTIFACT)).summary()).isEqualTo(Text.of("artifact.outside", ARTIFACT));
    }

    @Test
    void a_submission_folder_reached_through_a_link_still_reads_its_own_files() throws IOException {
        write(ARTIFACT, "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path link = Files.createSymbolicLink(temp.resolve("link-to-exercises"), folder);
        assertThat(new Submission(link).text(ARTIFACT)).isEqualTo("{}");
    }

    private void write(String relativePath, byte[] content) throws IOException {
        Path file = folder.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    private static CheckFailure failureOf(ThrowingCallable read) {
        CheckFailure failure = catchThrowableOfType(CheckFailure.class, read);
        assertThat(failure).as("a CheckFailure").isNotNull();
        return failure;
    }
}
