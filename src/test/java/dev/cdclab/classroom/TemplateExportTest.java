package dev.cdclab.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The student's repository exported from this one: the instructor's folders are left out by name
 * and by content, the student README is the README, and what a student needs is there.
 */
class TemplateExportTest {
    private static final Path PROJECT = Path.of(".");
    private static final String TOPICS_PARTITIONS = "\"partitions\": 1";
    private static final String TOPICS_RETENTION = "\"retention.ms\": \"-1\"";
    /**
     * Lines of a solution that the shipped files hold on purpose, file by file: the shape of a
     * topics.json in the topic hint and in LabCheck's documentation. Anything else is a leak.
     */
    private static final Map<String, Set<String>> SHIPPED_ON_PURPOSE = Map.of(
            "src/main/resources/dev/cdclab/i18n/messages_en.properties", Set.of(TOPICS_PARTITIONS, TOPICS_RETENTION),
            "src/main/resources/dev/cdclab/i18n/messages_ru.properties", Set.of(TOPICS_PARTITIONS, TOPICS_RETENTION),
            "src/main/java/dev/cdclab/grading/LabCheck.java", Set.of(TOPICS_PARTITIONS));

    /**
     * Lines a solution shares with the course text itself (its lessons 01 and 03 print these
     * settings) or with a lesson's interface (the names of lesson 01's queries): teaching, not leaks,
     * wherever they appear.
     */
    private static final Set<String> COURSE_TEXT = Set.of("binlog_format = ROW", "binlog_row_image = FULL",
            "binlog_row_metadata = FULL", "enforce_gtid_consistency = ON", "-- name: gtid-executed.mariadb",
            "-- name: gtid-executed.mysql");

    @TempDir
    Path out;

    @Test
    void no_file_of_the_instructors_folders_is_exported_and_the_students_files_are() throws IOException {
        List<String> written = TemplateExport.export(PROJECT, out);

        assertThat(written).noneMatch(path -> TemplateLayout.INSTRUCTOR_ONLY.stream().anyMatch(path::startsWith));
        assertThat(written).filteredOn(path -> path.startsWith(".github/workflows/")).containsExactly(".github/workflows/classroom.yml");
        assertThat(written).contains("README.md", "pom.xml", ".gitignore", "bin/cdclab", "exercises/lesson04/connector.json",
                "exercises/lesson04/snapshot-modes.json", "exercises/lesson04/README.md",
                "grading/public/java/dev/cdclab/lessons/Lesson04ConnectorSetup.java", "src/main/java/dev/cdclab/cli/Main.java",
                "src/main/resources/dev/cdclab/i18n/messages_ru.properties");
        assertThat(written).doesNotContain("docs/STUDENT-README.md");
        assertThat(filesUnder(out)).containsExactlyInAnyOrderElementsOf(written);
        assertThat(Files.isExecutable(out.resolve("bin/cdclab"))).as("bin/cdclab stays executable").isTrue();
        assertThat(Files.readString(out.resolve("README.md"))).isEqualTo(Files.readString(PROJECT.resolve("docs/STUDENT-README.md")));
        assertThat(Files.readString(out.resolve("exercises/lesson04/connector.json")))
                .isEqualTo(Files.readString(PROJECT.resolve("exercises/lesson04/connector.json")));
    }

    @Test
    void no_exported_file_contains_anything_only_the_instructors_folders_hold() throws IOException {
        Map<String, String> instructorOnly = InstructorOnlyContent.of(PROJECT);
        // the fragments are real: the solution's server id, the hidden check's names, the catalogue's mistakes
        assertThat(instructorOnly).containsKey("\"database.server.id\": \"184054\"")
                .containsValue("solutions/lesson04/connector.json")
                .containsValue("grading/catalogue/wrong/server-id-missing.json");
        assertThat(instructorOnly.values()).anyMatch(source -> source.startsWith("grading/hidden/java/"))
                .anyMatch(source -> source.startsWith("grading/hidden/resources/"));

        TemplateExport.export(PROJECT, out);

        assertThat(leaks(out, instructorOnly)).as("exported file → instructor-only fragment it contains").isEmpty();
    }

    @Test
    void a_shipped_file_that_quotes_a_solution_is_caught() throws IOException {
        // GIVEN a repository whose shipped docs quote a line of the solution
        Path repo = TempRepo.at(out.resolve("repo"))
                .write("solutions/lesson04/connector.json", "{\n  \"database.server.id\": \"184054\",\n  \"topic.prefix\": \"mysql\"\n}\n")
                .write("exercises/lesson04/connector.json", "{\n  \"topic.prefix\": \"mysql\"\n}\n")
                .write("docs/STUDENT-README.md", "# Lab\n")
                .write("docs/notes.md", "Use \"database.server.id\": \"184054\" here.\n")
                .track()
                .root();

        // WHEN it is exported THEN the solution's line is found in the shipped file, and only there
        Path exported = out.resolve("exported");
        TemplateExport.export(repo, exported);
        assertThat(leaks(exported, InstructorOnlyContent.of(repo)))
                .containsExactly(Map.entry("docs/notes.md", "\"database.server.id\": \"184054\" (from solutions/lesson04/connector.json)"));
    }

    @Test
    void only_tracked_files_are_exported_and_a_students_clone_inside_the_checkout_is_not() throws IOException {
        // GIVEN a repository with a student's submission cloned inside it, untracked, holding a copy of a solution
        String solution = "{\n  \"database.server.id\": \"184054\"\n}\n";
        Path repo = TempRepo.at(out.resolve("repo"))
                .write(".gitignore", "target/\n")
                .write("docs/STUDENT-README.md", "# Lab\n")
                .write("exercises/lesson04/connector.json", "{}\n")
                .write("solutions/lesson04/connector.json", solution)
                .track()
                .write("target/grade/report.json", "{}\n")
                .write("submissions/alice/solutions/lesson04/connector.json", solution)
                .write("submissions/alice/exercises/lesson04/connector.json", solution)
                .root();

        // WHEN it is exported THEN only the tracked shipped files are, and no copy of the solution
        Path exported = out.resolve("exported");
        assertThat(TemplateExport.export(repo, exported)).containsExactly(".gitignore", "README.md", "exercises/lesson04/connector.json");
        assertThat(filesUnder(exported)).noneMatch(file -> InstructorOnlyContent.read(exported.resolve(file)).contains("184054"));
    }

    @Test
    void a_tracked_file_with_the_content_of_a_solution_under_another_name_fails_the_export_naming_it() throws IOException {
        // GIVEN a tracked copy of a solution under a shipped name, re-saved with CRLF line ends
        Path repo = TempRepo.at(out.resolve("repo"))
                .write("docs/STUDENT-README.md", "# Lab\n")
                .write("solutions/lesson04/connector.json", "{\n  \"database.server.id\": \"184054\"\n}\n")
                .write("docs/example-connector.json", "{\r\n  \"database.server.id\": \"184054\"   \r\n}\r\n")
                .track()
                .root();

        // WHEN it is exported THEN the export fails naming the copy and its original, and writes nothing
        Path exported = out.resolve("exported");
        assertThatIOException().isThrownBy(() -> TemplateExport.export(repo, exported))
                .withMessageContaining("docs/example-connector.json has the content of solutions/lesson04/connector.json");
        assertThat(exported).doesNotExist();
    }

    @Test
    void a_tracked_copy_of_a_hidden_check_fails_the_export_and_an_empty_file_does_not() throws IOException {
        Path repo = TempRepo.at(out.resolve("repo"))
                .write("docs/STUDENT-README.md", "# Lab\n")
                .write("grading/hidden/java/dev/cdclab/lessons/Hidden.java", "class Hidden {}\n")
                .write("grading/hidden/resources/.keep", "")
                .write("exercises/lesson04/.keep", "")
                .write("grading/public/java/dev/cdclab/lessons/NotHidden.java", "class Hidden {}\n")
                .track()
                .root();

        assertThatIOException().isThrownBy(() -> TemplateExport.export(repo, out.resolve("exported")))
                .withMessageContaining("grading/public/java/dev/cdclab/lessons/NotHidden.java has the content of "
                        + "grading/hidden/java/dev/cdclab/lessons/Hidden.java");

        Files.delete(repo.resolve("grading/public/java/dev/cdclab/lessons/NotHidden.java"));
        assertThat(TemplateExport.export(repo, out.resolve("exported"))).containsExactly("README.md", "exercises/lesson04/.keep");
    }

    @Test
    void a_folder_that_is_not_empty_is_refused() throws IOException {
        Files.writeString(out.resolve("earlier.txt"), "x");

        assertThatIOException().isThrownBy(() -> TemplateExport.export(PROJECT, out)).withMessageContaining(out + " is not empty");
    }

    @Test
    void a_folder_that_is_not_a_git_working_tree_is_refused_with_what_git_said() throws IOException {
        Path plain = Files.createDirectories(out.resolve("plain"));

        assertThatIOException().isThrownBy(() -> TemplateExport.export(plain, out.resolve("exported")))
                .withMessageContaining("git ls-files in " + plain + " failed").withMessageContaining("git working tree");
    }

    /** Exported file → each instructor-only fragment it contains (but those it holds on purpose), with the fragment's source. */
    static Map<String, String> leaks(Path exported, Map<String, String> instructorOnly) {
        Map<String, String> leaks = new TreeMap<>();
        filesUnder(exported).forEach(file -> {
            String text = InstructorOnlyContent.read(exported.resolve(file));
            instructorOnly.forEach((fragment, source) -> {
                boolean onPurpose = COURSE_TEXT.contains(fragment) || SHIPPED_ON_PURPOSE.getOrDefault(file, Set.of()).contains(fragment);
                if (text.contains(fragment) && !onPurpose) {
                    leaks.merge(file, fragment + " (from " + source + ")", (a, b) -> a + "; " + b);
                }
            });
        });
        return leaks;
    }

    private static List<String> filesUnder(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(file -> root.relativize(file).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
