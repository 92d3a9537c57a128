package dev.cdclab.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grader's version changes with any of its code, checks or texts, and only then. */
class GraderVersionTest {
    @TempDir
    Path temp;

    @Test
    void the_running_graders_version_is_a_short_digest_and_stable() {
        assertThat(GraderVersion.current()).matches("sha256:[0-9a-f]{16}").isEqualTo(GraderVersion.current());
    }

    @Test
    void a_changed_class_or_a_changed_text_gives_another_version() throws IOException {
        Path classes = Files.createDirectories(temp.resolve("classes/dev/cdclab/lessons"));
        Path jar = temp.resolve("texts.jar");
        Files.write(classes.resolve("Lesson04.class"), new byte[] {1, 2, 3});
        Files.writeString(jar, "L04.title=Lesson 04");
        List<Path> roots = List.of(temp.resolve("classes"), jar);
        String before = GraderVersion.of(roots);

        assertThat(GraderVersion.of(roots)).isEqualTo(before);
        Files.write(classes.resolve("Lesson04.class"), new byte[] {1, 2, 4});
        String changedClass = GraderVersion.of(roots);
        Files.writeString(jar, "L04.title=Lesson 4");

        assertThat(changedClass).isNotEqualTo(before);
        assertThat(GraderVersion.of(roots)).isNotEqualTo(changedClass).isNotEqualTo(before);
    }
}
