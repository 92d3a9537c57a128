package dev.cdclab.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdclab.grade.CheckGrade;
import dev.cdclab.grade.CheckStatus;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.grade.LessonGrade;
import dev.cdclab.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** annotations.txt: a workflow command per lost check, on the student's file and line where the feedback knows them. */
class ActionsAnnotationsTest {
    @TempDir
    Path workspace;

    private final Messages en = Messages.forLanguage("en");

    private String render(Messages messages, CheckGrade... checks) {
        GradeReport report = new GradeReport(GradeReport.SCHEMA, "exercises", "embedded", messages.language(), true, 0, 10, 1,
                List.of(new LessonGrade("L04", "Lesson 04", 0, 10, List.of(checks))), List.of());
        return new ActionsAnnotations(messages, workspace).render(report);
    }

    private static CheckGrade lost(String id, String message, String observed) {
        return new CheckGrade(id, "title", "L04", CheckStatus.FAILED, 0, 2, "visible", message, null, observed, null, 1);
    }

    @Test
    void a_json_syntax_error_is_annotated_on_its_file_and_line_in_either_language() {
        String english = render(en, lost("L04.connector.running",
                en.get("connector.json.syntax", "lesson04/connector.json", "7", "3"), "Unexpected character"));
        Messages ru = Messages.forLanguage("ru");
        String russian = render(ru, lost("L04.connector.running",
                ru.get("connector.json.syntax", "lesson04/connector.json", "7", "3"), null));

        assertThat(english).startsWith("::error file=exercises/lesson04/connector.json,line=7,title=L04.connector.running (0 / 2)::");
        assertThat(russian).startsWith("::error file=exercises/lesson04/connector.json,line=7,");
    }

    @Test
    void a_config_key_is_annotated_on_the_line_that_sets_it_in_the_students_file() throws Exception {
        Files.createDirectories(workspace.resolve("exercises/lesson04"));
        Files.writeString(workspace.resolve("exercises/lesson04/connector.json"),
                "{\n  \"name\": \"inventory\",\n  \"config\": {\n    \"database.server.id\": \"x\"\n  }\n}\n");

        String line = render(en, lost("L04.connector.running",
                en.get("connector.config.invalid", "lesson04/connector.json", "1"), "database.server.id = x: not a number"));

        assertThat(line).startsWith("::error file=exercises/lesson04/connector.json,line=4,");
    }

    @Test
    void without_a_line_the_file_alone_and_without_a_file_no_file() {
        String lines = render(en,
                lost("L04.connector.running", en.get("connector.config.invalid", "lesson04/connector.json", "1"),
                        "database.server.id = x: not a number"),
                lost("L04.streaming.insert-update-delete", "no update event arrived", null));

        assertThat(lines.lines().toList()).hasSize(2);
        assertThat(lines.lines().toList().get(0)).startsWith("::error file=exercises/lesson04/connector.json,title=");
        assertThat(lines.lines().toList().get(1)).startsWith("::error title=L04.streaming.insert-update-delete (0 / 2)::");
    }

    @Test
    void passed_checks_have_no_annotation_and_values_are_escaped_as_workflow_commands() {
        CheckGrade passed = new CheckGrade("L04.ok", "ok", "L04", CheckStatus.PASSED, 2, 2, "visible", null, null, null, null, 1);
        String lines = render(en, passed, lost("L04.a,b:c", "100% wrong\r\nsecond line", null));

        assertThat(lines).isEqualTo("::error title=L04.a%2Cb%3Ac (0 / 2)::"
                + en.get("report.field.message") + ": 100%25 wrong%0D%0Asecond line\n");
    }

    @Test
    void a_file_the_feedback_names_is_not_read_through_a_link_out_of_the_submission() throws Exception {
        Path outside = Files.createDirectories(workspace.resolve("secret"));
        Files.writeString(outside.resolve("connector.json"), "{\n\n\n  \"database.server.id\": 1\n}\n");
        Files.createDirectories(workspace.resolve("exercises"));
        Files.createSymbolicLink(workspace.resolve("exercises/lesson04"), outside);

        String line = render(en, lost("L04.connector.running",
                en.get("connector.config.invalid", "lesson04/connector.json", "1"), "database.server.id = 1: bad"));

        assertThat(line).startsWith("::error file=exercises/lesson04/connector.json,title=");
    }
}
