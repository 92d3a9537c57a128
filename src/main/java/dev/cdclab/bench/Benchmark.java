package dev.cdclab.bench;

import dev.cdclab.grade.GradeReport;
import dev.cdclab.grading.Grader;
import dev.cdclab.grading.LessonSelection;
import dev.cdclab.grading.LessonSuites;
import dev.cdclab.i18n.Messages;
import dev.cdclab.lab.embedded.Directories;
import dev.cdclab.lab.embedded.EmbeddedLab;
import dev.cdclab.watch.LessonWatcher;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * How fast and how light the lab is, measured in one run on the embedded backend: each server's
 * start, a connector's time to RUNNING and to the end of its snapshot as the table grows,
 * commit-to-event latency, the full grade of the solutions (wall, CPU, peak RSS of the JVM and
 * every server), the starters' grade next to the solutions', the watch mode's edit -> feedback per lesson,
 * and further submissions of a batch.
 */
public final class Benchmark {
    private static final Duration CONNECTOR_BOUND = Duration.ofMinutes(3);
    private static final long FIRST_SERVER_ID = 6_400_000;

    private final Path project;
    private final List<Integer> rowCounts;
    private final int commits;
    private final int batch;
    private final Consumer<String> progress;

    public Benchmark(Path project, List<Integer> rowCounts, int commits, int batch, Consumer<String> progress) {
        this.project = project;
        this.rowCounts = List.copyOf(rowCounts);
        this.commits = commits;
        this.batch = batch;
        this.progress = progress;
    }

    public BenchResult run() throws Exception {
        BenchResult result = new BenchResult();
        try (ProcessTreeMemory memory = ProcessTreeMemory.sample(); EmbeddedLab lab = EmbeddedLab.start()) {
            lab.startTimes().forEach((server, took) -> result.serverStart.put(server, seconds(took.toNanos())));
            progress.accept("lab up in " + result.serverStart.get("lab") + " s");
            long serverId = FIRST_SERVER_ID;
            for (int rows : rowCounts) {
                measureSnapshot(lab, rows, serverId++, result, rows == rowCounts.get(0));
            }
            long cpuBefore = cpuNanos();
            long began = System.nanoTime();
            GradeReport report = grade(lab, LessonSelection.parse("all"));
            result.fullGradeSeconds = seconds(System.nanoTime() - began);
            result.fullGradeCpuSeconds = seconds(cpuNanos() - cpuBefore);
            result.fullGradeScore = report.score() + " / " + report.maxScore();
            progress.accept("full grade " + result.fullGradeSeconds + " s, " + result.fullGradeScore);
            for (int i = 0; i < batch; i++) {
                long submission = System.nanoTime();
                grade(lab, LessonSelection.parse("all"));
                result.batchSeconds.add(seconds(System.nanoTime() - submission));
            }
            measureWrong(lab, result);
            measureWatch(lab, result);
            result.peakRssMb = memory.peakMb();
        }
        return result;
    }

    private void measureSnapshot(EmbeddedLab lab, int rows, long serverId, BenchResult result, boolean measureLatency) throws Exception {
        BenchTable.fill(lab, rows);
        long began = System.nanoTime();
        try (BenchConnector connector = BenchConnector.deploy(lab, "bench" + rows, serverId)) {
            connector.awaitRunning(CONNECTOR_BOUND);
            double running = seconds(System.nanoTime() - began);
            connector.output().readUntil(connector.itemsTopic(), CONNECTOR_BOUND,
                    events -> events.events().stream().anyMatch(e -> "last".equals(e.snapshotMarker())));
            double snapshot = seconds(System.nanoTime() - began);
            result.snapshots.put(rows, Map.of("running_s", running, "snapshot_s", snapshot,
                    "events", (double) connector.output().events(connector.itemsTopic()).size()));
            progress.accept(rows + " rows: RUNNING " + running + " s, snapshot done " + snapshot + " s");
            if (measureLatency) {
                measureLatency(lab, connector, result);
            }
        }
    }

    private void measureLatency(EmbeddedLab lab, BenchConnector connector, BenchResult result) throws Exception {
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < commits; i++) {
            String id = Integer.toString(10_000_000 + i);
            BenchTable.insert(lab, 10_000_000 + i);
            long committed = System.nanoTime();
            connector.output().readUntil(connector.itemsTopic(), Duration.ofSeconds(30),
                    events -> events.events().stream().anyMatch(e -> id.equals(e.keyField("id"))));
            latencies.add((System.nanoTime() - committed) / 1e6);
        }
        result.commitToEventMedianMs = Math.round(Percentiles.of(latencies, 50) * 10) / 10.0;
        result.commitToEventP95Ms = Math.round(Percentiles.of(latencies, 95) * 10) / 10.0;
        progress.accept(commits + " commits: median " + result.commitToEventMedianMs + " ms, p95 " + result.commitToEventP95Ms + " ms");
    }

    /** A wrong submission (the starters of exercises/) on the same lab: its time next to the right one's. */
    private void measureWrong(EmbeddedLab lab, BenchResult result) {
        long began = System.nanoTime();
        GradeReport report = grade(lab, LessonSelection.parse("all"), project.resolve("exercises"));
        result.wrongGradeSeconds = seconds(System.nanoTime() - began);
        progress.accept("grade of the starters " + result.wrongGradeSeconds + " s, " + report.score() + " / " + report.maxScore());
    }

    /**
     * The watch mode's edit -> feedback for each lesson on the warm lab: a file of a copy of the
     * solutions is saved, the watcher tells the lesson, and the lesson is graded, as {@code watch} does.
     */
    private void measureWatch(EmbeddedLab lab, BenchResult result) throws Exception {
        Path copy = Files.createTempDirectory("cdclab-bench-watch");
        try {
            Directories.copyTree(project.resolve("solutions"), copy);
            for (String lesson : LessonSuites.ids()) {
                try (LessonWatcher watcher = LessonWatcher.on(copy, Set.of(lesson))) {
                    Path folder = copy.resolve("lesson" + lesson.substring(1));
                    Path file;
                    try (var files = Files.list(folder)) {
                        file = files.filter(Files::isRegularFile).sorted().findFirst().orElseThrow();
                    }
                    long saved = System.nanoTime();
                    Files.writeString(file, Files.readString(file));
                    LessonSelection saves = new LessonSelection(List.copyOf(watcher.awaitSaves(Duration.ofSeconds(10))));
                    grade(lab, saves, copy);
                    result.watchSeconds.put(lesson, seconds(System.nanoTime() - saved));
                }
            }
            progress.accept("watch: edit -> feedback " + result.watchSeconds);
        } finally {
            Directories.deleteRecursively(copy);
        }
    }

    private GradeReport grade(EmbeddedLab lab, LessonSelection lessons) {
        return grade(lab, lessons, project.resolve("solutions"));
    }

    private GradeReport grade(EmbeddedLab lab, LessonSelection lessons, Path submission) {
        return Grader.grade(new Grader.Request(submission, lessons, Messages.forLanguage("en"), lab.backend()),
                lab, report -> { });
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static double seconds(long nanos) {
        return Math.round(nanos / 1e7) / 100.0;
    }
}
