package dev.cdclab.cli;

import dev.cdclab.bench.BenchResult;
import dev.cdclab.bench.Benchmark;
import dev.cdclab.report.AtomicFiles;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: measures the embedded lab and the grade (see {@link Benchmark}), prints a table and
 * writes {@code target/bench/bench.json}. Not a test: figures, not assertions.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measures how fast and how light the lab is.")
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--project", defaultValue = ".", description = "The project folder (default: ${DEFAULT-VALUE}).")
    Path project;

    @Option(names = "--rows", defaultValue = "1000,10000,100000", split = ",", description = "Table sizes for the snapshot growth.")
    List<Integer> rows;

    @Option(names = "--commits", defaultValue = "200", description = "Single-row commits for the latency.")
    int commits;

    @Option(names = "--batch", defaultValue = "3", description = "Further submissions graded after the first.")
    int batch;

    @Option(names = "--out", defaultValue = "target/bench", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(out);
        LabLogging.sendTo(out);
        PrintWriter console = spec.commandLine().getOut();
        BenchResult result;
        try {
            result = new Benchmark(project, rows, commits, batch, line -> {
                console.println(line);
                console.flush();
            }).run();
        } catch (Exception e) {
            spec.commandLine().getErr().println("the benchmark failed: " + e + " (details in " + out.resolve("lab.log") + ")");
            org.slf4j.LoggerFactory.getLogger(BenchCommand.class).error("the benchmark failed", e);
            return ExitCode.INFRASTRUCTURE.code();
        }
        AtomicFiles.write(out.resolve("bench.json"), result.json());
        console.print(result.table());
        console.flush();
        return ExitCode.OK.code();
    }
}
