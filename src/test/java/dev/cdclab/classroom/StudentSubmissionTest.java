package dev.cdclab.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Students found in a folder of submissions, each with the folder that is graded. */
class StudentSubmissionTest {
    @TempDir
    Path submissions;

    @Test
    void lesson_folders_at_the_top_are_graded_there_and_a_repository_is_graded_in_its_exercises() throws IOException {
        Files.createDirectories(submissions.resolve("boris/lesson04"));
        Files.createDirectories(submissions.resolve("anna-repo/exercises/lesson04"));
        Files.createDirectories(submissions.resolve("anna-repo/src/main"));

        assertThat(StudentSubmission.in(submissions)).containsExactly(
                new StudentSubmission("anna-repo", submissions.resolve("anna-repo"), submissions.resolve("anna-repo/exercises")),
                new StudentSubmission("boris", submissions.resolve("boris"), submissions.resolve("boris/lesson04").getParent()));
    }

    @Test
    void a_folder_without_lessons_is_graded_as_it_is_and_says_what_is_missing_then() throws IOException {
        Files.createDirectories(submissions.resolve("clara/notes"));

        assertThat(StudentSubmission.in(submissions)).extracting(StudentSubmission::graded).containsExactly(submissions.resolve("clara"));
    }

    @Test
    void files_hidden_folders_and_links_are_not_students() throws IOException {
        Files.createDirectories(submissions.resolve(".git"));
        Files.writeString(submissions.resolve("roster.csv"), "anna\n");
        Files.createDirectories(submissions.resolve("dmitry/lesson04"));
        Files.createSymbolicLink(submissions.resolve("alias"), submissions.resolve("dmitry"));

        assertThat(StudentSubmission.in(submissions)).extracting(StudentSubmission::student).containsExactly("dmitry");
    }
}
