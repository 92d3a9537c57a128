package dev.cdclab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * The grader's command line run in the test's JVM, its standard output and error kept.
 *
 * <pre>{@code
 * CliRun cli = new CliRun();
 * int code = cli.execute("batch-merge", "--out=merged.csv", "shard-1.csv");
 * String said = cli.stdout();
 * }</pre>
 */
public final class CliRun {
    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    public int execute(String... args) {
        CommandLine command = new CommandLine(new Main());
        command.setOut(new PrintWriter(stdout, true));
        command.setErr(new PrintWriter(stderr, true));
        return command.execute(args);
    }

    public String stdout() {
        return stdout.toString();
    }

    public String stderr() {
        return stderr.toString();
    }
}
