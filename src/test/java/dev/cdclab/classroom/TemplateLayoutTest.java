package dev.cdclab.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Which paths a student receives, where, and which of them are the harness. */
class TemplateLayoutTest {

    @ParameterizedTest
    @ValueSource(strings = {"solutions/lesson04/connector.json", "grading/hidden/java/dev/cdclab/lessons/X.java",
            "grading/hidden/resources/dev/cdclab/i18n/hidden_ru.properties", "grading/catalogue/wrong/server-id-missing.json",
            "grading/catalogue/README.md", "src/test/java/dev/cdclab/ci/CiWorkflowTest.java", ".ci/run",
            "gradescope/run_autograder", ".github/workflows/ci.yml", ".github/workflows/batch-example.yml", "README.md"})
    void instructor_only_paths_are_never_shipped(String path) {
        assertThat(TemplateLayout.templatePath(path)).as(path).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"exercises/lesson04/connector.json", "grading/public/java/dev/cdclab/lessons/Scenario.java",
            "grading/README.md", "src/main/java/dev/cdclab/cli/Main.java", "pom.xml", ".gitignore",
            ".github/workflows/classroom.yml", "docs/architecture.md"})
    void the_harness_starters_and_the_classroom_workflow_are_shipped_where_they_are(String path) {
        assertThat(TemplateLayout.templatePath(path)).as(path).hasValue(path);
    }

    @Test
    void the_student_readme_becomes_the_readme() {
        assertThat(TemplateLayout.templatePath("docs/STUDENT-README.md")).hasValue("README.md");
    }

    @Test
    void a_path_that_only_starts_like_an_instructor_folder_is_shipped() {
        assertThat(TemplateLayout.templatePath("solutions.md")).hasValue("solutions.md");
        assertThat(TemplateLayout.templatePath("src/testing.txt")).hasValue("src/testing.txt");
    }

    @Test
    void the_harness_is_the_code_the_public_checks_the_build_and_the_workflow_not_the_exercises_or_readme() {
        assertThat(TemplateLayout.isHarness("src/main/java/dev/cdclab/grading/Grader.java")).isTrue();
        assertThat(TemplateLayout.isHarness("grading/public/java/dev/cdclab/lessons/Scenario.java")).isTrue();
        assertThat(TemplateLayout.isHarness("pom.xml")).isTrue();
        assertThat(TemplateLayout.isHarness(".github/workflows/classroom.yml")).isTrue();
        assertThat(TemplateLayout.isHarness("exercises/lesson04/connector.json")).isFalse();
        assertThat(TemplateLayout.isHarness("README.md")).isFalse();
        assertThat(TemplateLayout.isHarness("grading/README.md")).isFalse();
        assertThat(TemplateLayout.isHarness("pom.xml.orig")).isFalse();
    }
}
