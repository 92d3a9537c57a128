package dev.cdclab.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Keeps the student's console for the grade alone: logs of the lab (Kafka, Connect, Debezium, the
 * binlog client's java.util.logging, the grader's own traces) go to {@code lab.log}, and whatever
 * the servers print to standard output or error goes to {@code lab-console.log}. Must run before
 * the first logger is created, which is why the CLI calls it before anything else; the command's
 * own output goes through picocli's writers, made before the redirection.
 */
final class LabLogging {
    private LabLogging() {
    }

    static void sendTo(Path folder) throws IOException {
        System.setProperty("log4j2.configurationFile", "cdclab-log4j2.xml");
        System.setProperty("lab.log.file", folder.resolve("lab.log").toAbsolutePath().toString());
        System.setProperty("java.util.logging.manager", "org.apache.logging.log4j.jul.LogManager");
        PrintStream console = new PrintStream(new FileOutputStream(folder.resolve("lab-console.log").toFile()),
                true, StandardCharsets.UTF_8);
        System.setOut(console);
        System.setErr(console);
    }
}
