package dev.cdclab.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's figures, written as {@code target/bench/bench.json} (keys documented in README.md)
 * and as a table.
 */
public final class BenchResult {
    final Map<String, Double> serverStart = new LinkedHashMap<>();
    final Map<Integer, Map<String, Double>> snapshots = new LinkedHashMap<>();
    double commitToEventMedianMs;
    double commitToEventP95Ms;
    double fullGradeSeconds;
    double fullGradeCpuSeconds;
    String fullGradeScore = "";
    long peakRssMb;
    double wrongGradeSeconds;
    final Map<String, Double> watchSeconds = new LinkedHashMap<>();
    final List<Double> batchSeconds = new ArrayList<>();

    double batchExtraSubmissionSeconds() {
        return batchSeconds.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    double wrongVsRightRatio() {
        return fullGradeSeconds == 0 ? 0 : Math.round(wrongGradeSeconds / fullGradeSeconds * 100) / 100.0;
    }

    public String json() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("lab_start_s", serverStart.getOrDefault("lab", 0.0));
        ObjectNode servers = root.putObject("server_start_s");
        serverStart.forEach((server, seconds) -> {
            if (!server.equals("lab")) {
                servers.put(server, seconds);
            }
        });
        ObjectNode growth = root.putObject("snapshot");
        snapshots.forEach((rows, figures) -> {
            ObjectNode node = growth.putObject(Integer.toString(rows));
            figures.forEach(node::put);
        });
        root.put("commit_to_event_median_ms", commitToEventMedianMs);
        root.put("commit_to_event_p95_ms", commitToEventP95Ms);
        root.put("full_grade_s", fullGradeSeconds);
        root.put("full_grade_cpu_s", fullGradeCpuSeconds);
        root.put("full_grade_score", fullGradeScore);
        root.put("peak_rss_mb", peakRssMb);
        root.put("wrong_grade_s", wrongGradeSeconds);
        root.put("wrong_vs_right_ratio", wrongVsRightRatio());
        ObjectNode watch = root.putObject("watch_edit_to_feedback_s");
        watchSeconds.forEach(watch::put);
        ArrayNode batch = root.putArray("batch_submission_s");
        batchSeconds.forEach(batch::add);
        root.put("batch_extra_submission_s", Math.round(batchExtraSubmissionSeconds() * 100) / 100.0);
        return root.toPrettyString() + "\n";
    }

    public String table() {
        StringBuilder out = new StringBuilder();
        row(out, "lab start (all servers)", serverStart.getOrDefault("lab", 0.0) + " s");
        serverStart.forEach((server, seconds) -> {
            if (!server.equals("lab")) {
                row(out, "  " + server, seconds + " s");
            }
        });
        snapshots.forEach((rows, figures) -> row(out, "connector on " + rows + " rows: RUNNING / snapshot done",
                figures.get("running_s") + " s / " + figures.get("snapshot_s") + " s"));
        row(out, "commit -> event, median / p95", commitToEventMedianMs + " ms / " + commitToEventP95Ms + " ms");
        row(out, "full grade of solutions/ (" + fullGradeScore + "): wall / CPU", fullGradeSeconds + " s / " + fullGradeCpuSeconds + " s");
        row(out, "peak RSS, JVM + servers", peakRssMb + " MB");
        row(out, "grade of the starters (wrong) / ratio to solutions/", wrongGradeSeconds + " s / " + wrongVsRightRatio());
        watchSeconds.forEach((lesson, seconds) -> row(out, "watch: edit -> feedback, " + lesson, seconds + " s"));
        row(out, "batch: each further submission (mean)", String.format(Locale.ROOT, "%.2f s", batchExtraSubmissionSeconds()));
        return out.toString();
    }

    private static void row(StringBuilder out, String what, String figure) {
        out.append(String.format(Locale.ROOT, "%-55s %s%n", what, figure));
    }
}
