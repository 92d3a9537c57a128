package dev.cdclab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The grader's command line: {@code grade} a submission folder. Thin: the work is in the same
 * library the lesson suites use.
 *
 * <pre>{@code java -cp ... dev.cdclab.cli.Main grade --submission=solutions --lesson=L04}</pre>
 */
@Command(name = "cdclab", mixinStandardHelpOptions = true, version = "cdc-lab-grader 0.1",
        description = "Autograder for Module 8 (MySQL / Aurora MySQL CDC with Debezium).",
        subcommands = {GradeCommand.class, SelfCheckCommand.class, BenchCommand.class, ExportTemplateCommand.class,
                VerifyHarnessCommand.class, BatchCommand.class, BatchMergeCommand.class, WatchCommand.class})
public final class Main {

    public static void main(String[] args) {
        int code = new CommandLine(new Main()).execute(args);
        // the lab's in-JVM servers leave non-daemon threads behind; the grade is written by now
        System.exit(code);
    }
}
