package dev.cdclab.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdclab.grading.LessonSelection;
import dev.cdclab.lab.LabEnvironment;
import dev.cdclab.lab.backend.LabBackends;
import dev.cdclab.report.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The grader proves itself, in the README's test command: the solutions get every point, the
 * starters at most 10 %, every catalogued wrong submission loses exactly its declared checks
 * for the declared reason, and every catalogued right answer (at least 30) gets every point, on the backend {@code -Dlab.backend} names (the containers CI job runs it
 * on MySQL 8.4). The table is written to target/self-check/ (CI prints it).
 */
class SelfCheckIT {
    @Test
    void solutions_starters_and_every_catalogued_mistake_get_what_they_must() throws IOException {
        SelfCheckResult result;
        LabBackends backends = LabBackends.onThisMachine();
        try (LabEnvironment lab = backends.start(backends.choose(LabBackends.requested()))) {
            result = new SelfCheck(lab, Path.of("."), LessonSelection.parse("all")).run(line -> { });
        }
        Path out = Path.of("target/self-check");
        SelfCheck.writeSummary(result, out);
        AtomicFiles.write(out.resolve("table.txt"), SelfCheckTable.render(result));

        assertThat(result.entries()).as(SelfCheckTable.render(result))
                .isNotEmpty()
                .allMatch(SelfCheckResult.Entry::ok);
        assertThat(result.entries().stream().filter(e -> CatalogueEntry.RIGHT.equals(e.kind())))
                .as("right answers graded at full points").hasSizeGreaterThanOrEqualTo(30);
    }
}
