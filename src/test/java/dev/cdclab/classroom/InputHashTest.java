package dev.cdclab.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What makes a stored grade reusable: the same files, by path and content, and the same grader version. */
class InputHashTest {
    private static final String VERSION = "sha256:0123456789abcdef";
    private static final List<String> LESSONS = List.of("L04", "L05");

    @TempDir
    Path temp;

    private Path submission;
    private String before;

    @BeforeEach
    void aSubmission() throws IOException {
        submission = temp.resolve("anna");
        write("lesson04/connector.json", "{\"name\": \"inventory\"}");
        write("lesson04/snapshot-modes.json", "{}");
        before = InputHash.of(submission, VERSION, LESSONS);
    }

    @Test
    void the_same_files_and_version_give_the_same_hash_wherever_they_are() throws IOException {
        Path copy = temp.resolve("copy");
        for (String file : List.of("lesson04/connector.json", "lesson04/snapshot-modes.json")) {
            Files.createDirectories(copy.resolve(file).getParent());
            Files.copy(submission.resolve(file), copy.resolve(file));
        }

        assertThat(InputHash.of(copy, VERSION, LESSONS)).isEqualTo(before).hasSize(64);
    }

    @Test
    void a_changed_file_gives_another_hash() throws IOException {
        write("lesson04/connector.json", "{\"name\": \"inventory2\"}");

        assertThat(InputHash.of(submission, VERSION, LESSONS)).isNotEqualTo(before);
    }

    @Test
    void a_renamed_or_added_file_gives_another_hash() throws IOException {
        Files.move(submission.resolve("lesson04/snapshot-modes.json"), submission.resolve("lesson04/modes.json"));
        String renamed = InputHash.of(submission, VERSION, LESSONS);
        write("lesson04/extra.txt", "");

        assertThat(renamed).isNotEqualTo(before);
        assertThat(InputHash.of(submission, VERSION, LESSONS)).isNotEqualTo(renamed);
    }

    @Test
    void another_grader_version_gives_another_hash() throws IOException {
        assertThat(InputHash.of(submission, "sha256:fedcba9876543210", LESSONS)).isNotEqualTo(before);
    }

    @Test
    void git_metadata_does_not_count() throws IOException {
        write(".git/index", "changes on every fetch");
        write("lesson04/.git/HEAD", "ref");

        assertThat(InputHash.of(submission, VERSION, LESSONS)).isEqualTo(before);
    }

    private void write(String file, String text) throws IOException {
        Files.createDirectories(submission.resolve(file).getParent());
        Files.writeString(submission.resolve(file), text);
    }

    @Test
    void another_lesson_selection_gives_another_hash_and_its_order_does_not() throws IOException {
        assertThat(InputHash.of(submission, VERSION, List.of("L04"))).as("L04 alone is not L04 and L05").isNotEqualTo(before);
        assertThat(InputHash.of(submission, VERSION, List.of("L05", "L04"))).isEqualTo(before);
    }
}
