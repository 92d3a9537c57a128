package dev.cdclab.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example batch workflow, read: a matrix of shards that each grade their share, and a merge job after them. */
class BatchExampleWorkflowTest {
    private final Workflow workflow = Workflow.read(Path.of(".github/workflows/batch-example.yml"));

    @Test
    void it_runs_on_demand_for_an_assignment_with_read_only_rights() {
        assertThat(workflow.root().path("on").path("workflow_dispatch").path("inputs").has("assignment")).isTrue();
        assertThat(workflow.root().path("permissions").path("contents").asText()).isEqualTo("read");
        assertThat(Workflow.names(workflow.root().path("jobs"))).containsExactly("grade", "merge");
    }

    @Test
    void each_shard_of_the_matrix_grades_its_share_and_keeps_its_gradebook() {
        JsonNode grade = workflow.job("grade");
        List<Integer> shards = new ArrayList<>();
        grade.path("strategy").path("matrix").path("shard").forEach(shard -> shards.add(shard.asInt()));
        int count = shards.size();

        assertThat(shards).containsExactly(1, 2, 3, 4);
        assertThat(grade.path("strategy").path("fail-fast").asBoolean(true)).as("a shard's failure keeps the others").isFalse();
        assertThat(Workflow.commands(grade, "run")).anySatisfy(run -> assertThat(run)
                .contains("bin/cdclab batch --submissions=\"$submissions\" --out=target/batch")
                .contains("--shard=\"$SHARD/" + count + "\""));
        assertThat(Workflow.commands(grade, "uses")).contains("actions/upload-artifact@v4");
        assertThat(grade.path("steps").toString()).contains("batch-shard-${{ matrix.shard }}", "\"SHARD\":\"${{ matrix.shard }}\"");
    }

    @Test
    void the_merge_job_waits_for_every_shard_and_joins_their_gradebooks() {
        JsonNode merge = workflow.job("merge");

        assertThat(merge.path("needs").asText()).isEqualTo("grade");
        assertThat(merge.path("steps").toString()).contains("\"pattern\":\"batch-shard-*\"");
        assertThat(Workflow.commands(merge, "run")).containsExactly("bin/cdclab batch-merge --out=gradebook.csv shards/*/gradebook.csv");
    }
}
