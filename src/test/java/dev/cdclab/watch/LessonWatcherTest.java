package dev.cdclab.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonWatcherTest {
    private static final Duration SOON = Duration.ofSeconds(10);

    @TempDir
    Path submission;

    @Test
    void aSavedFileTellsItsLesson() throws Exception {
        folders("lesson04", "lesson05");
        try (LessonWatcher watcher = LessonWatcher.on(submission, Set.of("L04", "L05"))) {
            Files.writeString(submission.resolve("lesson05/recovery.json"), "{}");

            assertThat(watcher.awaitSaves(SOON)).containsExactly("L05");
        }
    }

    @Test
    void aBurstOfSavesIsToldOnce() throws Exception {
        folders("lesson04");
        try (LessonWatcher watcher = LessonWatcher.on(submission, Set.of("L04"))) {
            for (int i = 0; i < 3; i++) {
                Files.writeString(submission.resolve("lesson04/connector.json"), "{\"step\": " + i + "}");
            }

            assertThat(watcher.awaitSaves(SOON)).containsExactly("L04");
            assertThat(watcher.awaitSaves(Duration.ofMillis(200))).isEmpty();
        }
    }

    @Test
    void anEditorsSwapAndBackupFilesAreNoSave() throws Exception {
        folders("lesson04");
        try (LessonWatcher watcher = LessonWatcher.on(submission, Set.of("L04"))) {
            Files.writeString(submission.resolve("lesson04/.connector.json.swp"), "x");
            Files.writeString(submission.resolve("lesson04/connector.json~"), "x");
            Files.writeString(submission.resolve("lesson04/4913"), "x");

            assertThat(watcher.awaitSaves(Duration.ofSeconds(1))).isEmpty();
        }
    }

    @Test
    void lessonsNotSelectedOrWithoutAFolderAreNotWatched() throws Exception {
        folders("lesson04", "lesson05");
        try (LessonWatcher watcher = LessonWatcher.on(submission, Set.of("L04", "L06"))) {
            Files.writeString(submission.resolve("lesson05/recovery.json"), "{}");

            assertThat(watcher.awaitSaves(Duration.ofSeconds(1))).isEmpty();
            assertThat(watcher.watchesAny()).isTrue();
        }
        try (LessonWatcher none = LessonWatcher.on(submission, Set.of("L06"))) {
            assertThat(none.watchesAny()).isFalse();
        }
    }

    private void folders(String... names) throws IOException {
        for (String name : names) {
            Files.createDirectories(submission.resolve(name));
        }
    }
}
