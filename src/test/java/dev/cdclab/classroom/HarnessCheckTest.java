package dev.cdclab.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tamper detection: a student's copy exported from the instructor's repository has the same
 * harness; changing the harness (code, public checks, build, workflow) is found file by file,
 * changing the exercises or the README is not.
 */
class HarnessCheckTest {
    @TempDir
    Path temp;

    private Path instructor;
    private Path student;

    @BeforeEach
    void exportAStudentCopy() throws IOException {
        instructor = TempRepo.at(temp.resolve("instructor"))
                .write("pom.xml", "<project/>\n")
                .write("src/main/java/dev/cdclab/grading/Grader.java", "class Grader {}\n")
                .write("src/test/java/dev/cdclab/GraderTest.java", "class GraderTest {}\n")
                .write("grading/public/java/dev/cdclab/lessons/Lesson04.java", "class Lesson04 {}\n")
                .write("grading/hidden/java/dev/cdclab/lessons/Secret.java", "class Secret {}\n")
                .write(".github/workflows/classroom.yml", "name: Autograding Tests\n")
                .write(".github/workflows/ci.yml", "name: ci\n")
                .write("exercises/lesson04/connector.json", "{}\n")
                .write("docs/STUDENT-README.md", "# Lab\n")
                .track()
                .root();
        student = temp.resolve("student");
        TemplateExport.export(instructor, student);
    }

    @Test
    void an_untouched_student_copy_has_the_instructors_harness() throws IOException {
        assertThat(HarnessCheck.compare(student, instructor).none()).isTrue();
    }

    @Test
    void the_students_own_work_and_readme_are_not_the_harness() throws IOException {
        Files.writeString(student.resolve("exercises/lesson04/connector.json"), "{\"name\": \"mine\"}\n");
        Files.writeString(student.resolve("README.md"), "my notes\n");
        Files.createDirectories(student.resolve("target/grade"));
        Files.writeString(student.resolve("target/grade/report.json"), "{}\n");

        assertThat(HarnessCheck.compare(student, instructor).none()).isTrue();
    }

    @Test
    void a_changed_check_an_added_source_and_a_removed_workflow_are_each_named() throws IOException {
        // GIVEN a student who weakened a public check, added a class to the harness and removed the workflow
        Files.writeString(student.resolve("grading/public/java/dev/cdclab/lessons/Lesson04.java"), "class Lesson04 { /* always passes */ }\n");
        Files.writeString(student.resolve("src/main/java/dev/cdclab/grading/Helper.java"), "class Helper {}\n");
        Files.delete(student.resolve(".github/workflows/classroom.yml"));

        HarnessDifferences differences = HarnessCheck.compare(student, instructor);

        assertThat(differences.changed()).containsExactly("grading/public/java/dev/cdclab/lessons/Lesson04.java");
        assertThat(differences.added()).containsExactly("src/main/java/dev/cdclab/grading/Helper.java");
        assertThat(differences.missing()).containsExactly(".github/workflows/classroom.yml");
        assertThat(differences.count()).isEqualTo(3);
    }

    @Test
    void a_changed_pom_and_a_test_folder_the_template_never_had_are_found() throws IOException {
        Files.writeString(student.resolve("pom.xml"), "<project><!-- skip the grade --></project>\n");
        Files.createDirectories(student.resolve("src/test/java"));
        Files.writeString(student.resolve("src/test/java/Cheat.java"), "class Cheat {}\n");

        HarnessDifferences differences = HarnessCheck.compare(student, instructor);

        assertThat(differences.changed()).containsExactly("pom.xml");
        assertThat(differences.added()).containsExactly("src/test/java/Cheat.java");
    }

    @Test
    void a_harness_file_replaced_by_a_link_counts_as_missing() throws IOException {
        Path pom = student.resolve("pom.xml");
        Files.writeString(temp.resolve("elsewhere.xml"), "<project/>\n");
        Files.delete(pom);
        Files.createSymbolicLink(pom, temp.resolve("elsewhere.xml"));

        assertThat(HarnessCheck.compare(student, instructor).missing()).containsExactly("pom.xml");
    }

    @Test
    void a_students_maven_jvm_options_and_extensions_are_named_even_where_the_instructor_has_no_mvn_folder() throws IOException {
        // GIVEN a student who adds JVM options and a build extension that would apply to any build run in their checkout
        Files.createDirectories(student.resolve(".mvn"));
        Files.writeString(student.resolve(".mvn/jvm.config"), "-javaagent:exercises/agent.jar\n");
        Files.writeString(student.resolve(".mvn/extensions.xml"), "<extensions/>\n");
        Files.writeString(student.resolve("settings.xml"), "<settings/>\n");

        HarnessDifferences differences = HarnessCheck.compare(student, instructor);

        assertThat(differences.added()).containsExactly(".mvn/extensions.xml", ".mvn/jvm.config", "settings.xml");
        assertThat(differences.none()).isFalse();
    }
}
