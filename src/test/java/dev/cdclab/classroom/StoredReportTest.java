package dev.cdclab.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import dev.cdclab.grade.CheckGrade;
import dev.cdclab.grade.CheckStatus;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.report.JsonReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stored report.json read back into the grade model. */
class StoredReportTest {
    @TempDir
    Path out;

    @Test
    void a_hand_made_report_reads_back_with_every_check_its_status_and_its_points() throws IOException {
        Path file = new HandMadeReport("L04").check("L04.connector.running", "passed", 2, 2)
                .check("L04.streaming.insert-update-delete", "failed", 1.5, 6).gradable(false).writeTo(out);

        GradeReport report = StoredReport.read(file);

        assertThat(report.gradable()).isFalse();
        assertThat(report.score()).isEqualTo(3.5);
        assertThat(report.maxScore()).isEqualTo(8);
        assertThat(report.notes()).containsExactly("database.hostname: mysql:3306 -> 127.0.0.1:41001");
        CheckGrade failed = report.lessons().get(0).checks().get(1);
        assertThat(failed.lesson()).isEqualTo("L04");
        assertThat(failed.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(failed.score()).isEqualTo(1.5);
        assertThat(failed.message()).isEqualTo("lost: \"L04.streaming.insert-update-delete\"");
        assertThat(failed.expected()).isNull();
    }

    @Test
    void what_the_json_report_writes_reads_back_to_the_same_model() throws IOException {
        GradeReport original = StoredReport.read(new HandMadeReport("L04").check("L04.connector.running", "timed_out", 0, 2).writeTo(out));
        Path rewritten = new JsonReport().writeTo(Files.createDirectories(out.resolve("again")), original);

        assertThat(StoredReport.read(rewritten)).isEqualTo(original);
    }

    @Test
    void a_file_of_another_schema_or_an_unknown_status_is_refused_naming_the_file() throws IOException {
        Path other = Files.writeString(out.resolve("other.json"), "{\"schema\": \"something/2\"}");
        Path unknown = Files.writeString(out.resolve("unknown.json"),
                new HandMadeReport("L04").check("L04.x", "skipped", 0, 1).json());

        assertThatIOException().isThrownBy(() -> StoredReport.read(other)).withMessageContaining(other + " is not a cdclab.grade-report/1");
        assertThatIOException().isThrownBy(() -> StoredReport.read(unknown)).withMessageContaining("unknown check status 'skipped'");
    }
}
