package dev.cdclab.classroom;

import java.util.List;
import java.util.Optional;

/**
 * What of this repository a student receives, and where: everything but the instructor's folders
 * ({@code solutions/}, the hidden checks, the catalogue of wrong submissions, the harness's own
 * tests, the project's CI and the Gradescope autograder), with only the Classroom workflow among
 * the workflows, and {@value #STUDENT_README} as the student's {@code README.md}. Paths are
 * repository-relative with {@code /}.
 *
 * <pre>{@code
 * TemplateLayout.templatePath("solutions/lesson04/connector.json");  // empty: never shipped
 * TemplateLayout.templatePath("docs/STUDENT-README.md");             // "README.md"
 * TemplateLayout.isHarness("grading/public/java/dev/cdclab/lessons/Scenario.java"); // true
 * }</pre>
 */
public final class TemplateLayout {
    /** Folders a student never receives. */
    public static final List<String> INSTRUCTOR_ONLY = List.of("solutions/", "grading/hidden/", "grading/catalogue/",
            "src/test/", ".ci/", "gradescope/");
    static final String WORKFLOWS = ".github/workflows/";
    /** The one workflow a student receives: the grade on push with plain GitHub Actions (the file keeps GitHub Classroom's name). */
    public static final String CLASSROOM_WORKFLOW = ".github/workflows/classroom.yml";
    static final String README = "README.md";
    /** The student's README, shipped as {@value #README} in place of the instructor's. */
    public static final String STUDENT_README = "docs/STUDENT-README.md";
    /**
     * What the student's copy must keep exactly as the instructor's template has it: the harness,
     * the public checks, the build and the workflow, and everything else Maven or the grade scripts
     * read when a build runs in the checkout (.mvn/'s jvm.config, maven.config and extensions.xml,
     * a Maven wrapper, a settings.xml, bin/, the Classroom 50 shim). Tamper detection compares these;
     * a file the instructor's template does not have there (a student's .mvn/jvm.config) is named.
     */
    public static final List<String> HARNESS = List.of("src/", "grading/public/", "pom.xml", ".github/", ".mvn/",
            "mvnw", "mvnw.cmd", "settings.xml", "bin/", "classroom50/");

    private TemplateLayout() {
    }

    /** Where {@code repoPath} goes in the student's repository; empty when it is the instructor's only. */
    public static Optional<String> templatePath(String repoPath) {
        if (repoPath.equals(STUDENT_README)) {
            return Optional.of(README);
        }
        boolean instructorOnly = repoPath.equals(README)
                || INSTRUCTOR_ONLY.stream().anyMatch(repoPath::startsWith)
                || repoPath.startsWith(WORKFLOWS) && !repoPath.equals(CLASSROOM_WORKFLOW);
        return instructorOnly ? Optional.empty() : Optional.of(repoPath);
    }

    /** Whether a path of the student's repository belongs to the harness a student must not change. */
    public static boolean isHarness(String templatePath) {
        return HARNESS.stream().anyMatch(root -> root.endsWith("/") ? templatePath.startsWith(root) : templatePath.equals(root));
    }
}
