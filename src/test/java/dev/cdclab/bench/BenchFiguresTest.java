package dev.cdclab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The benchmark's arithmetic and its output; the measuring itself needs the lab (bin/cdclab bench). */
class BenchFiguresTest {
    @Test
    void percentiles_are_nearest_rank() {
        List<Double> values = List.of(5.0, 1.0, 4.0, 2.0, 3.0, 10.0, 9.0, 8.0, 7.0, 6.0);
        assertThat(Percentiles.of(values, 50)).isEqualTo(5.0);
        assertThat(Percentiles.of(values, 95)).isEqualTo(10.0);
        assertThat(Percentiles.of(values, 10)).isEqualTo(1.0);
        assertThat(Percentiles.of(List.of(), 50)).isZero();
    }

    @Test
    void bench_json_has_the_documented_keys_with_the_figures() throws Exception {
        BenchResult result = new BenchResult();
        result.serverStart.put("MariaDB", 0.5);
        result.serverStart.put("lab", 3.4);
        result.snapshots.put(1000, Map.of("running_s", 1.0, "snapshot_s", 2.0, "events", 1000.0));
        result.commitToEventMedianMs = 480;
        result.commitToEventP95Ms = 510;
        result.fullGradeSeconds = 34;
        result.peakRssMb = 660;
        result.wrongGradeSeconds = 40.8;
        result.watchSeconds.put("L03", 3.2);
        result.batchSeconds.addAll(List.of(30.0, 32.0));

        JsonNode json = new ObjectMapper().readTree(result.json());

        assertThat(json.path("lab_start_s").asDouble()).isEqualTo(3.4);
        assertThat(json.path("server_start_s").path("MariaDB").asDouble()).isEqualTo(0.5);
        assertThat(json.path("server_start_s").has("lab")).isFalse();
        assertThat(json.path("snapshot").path("1000").path("snapshot_s").asDouble()).isEqualTo(2.0);
        assertThat(json.path("commit_to_event_median_ms").asDouble()).isEqualTo(480);
        assertThat(json.path("commit_to_event_p95_ms").asDouble()).isEqualTo(510);
        assertThat(json.path("full_grade_s").asDouble()).isEqualTo(34);
        assertThat(json.path("peak_rss_mb").asLong()).isEqualTo(660);
        assertThat(json.path("wrong_grade_s").asDouble()).isEqualTo(40.8);
        assertThat(json.path("wrong_vs_right_ratio").asDouble()).isEqualTo(1.2);
        assertThat(json.path("watch_edit_to_feedback_s").path("L03").asDouble()).isEqualTo(3.2);
        assertThat(json.has("shared_vs_fresh_ratio")).isFalse();
        assertThat(json.path("batch_extra_submission_s").asDouble()).isEqualTo(31.0);
        assertThat(result.table()).contains("commit -> event, median / p95").contains("480.0 ms / 510.0 ms");
    }

    @Test
    void the_memory_of_this_process_tree_is_read_from_proc() {
        long self = ProcessTreeMemory.rssKb(ProcessHandle.current().pid());
        long tree = ProcessTreeMemory.currentKb();
        assertThat(self).isGreaterThan(10_000);
        // the tree holds this JVM at least (it may have grown a little between the two reads)
        assertThat(tree).isGreaterThanOrEqualTo(self * 9 / 10);
        assertThat(ProcessTreeMemory.rssKb(Long.MAX_VALUE)).isZero();
    }
}
