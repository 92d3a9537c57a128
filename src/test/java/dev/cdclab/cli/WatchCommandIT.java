package dev.cdclab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdclab.lab.embedded.Directories;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The watch command on its own lab: graded once, then regraded when a lesson's file is saved. */
class WatchCommandIT {
    @TempDir
    Path work;

    @RegisterExtension
    final ConsoleGuard console = new ConsoleGuard();

    private final StringWriter stdout = new StringWriter();

    @Test
    void aSavedLessonIsRegradedOnTheLabThatStayedUp() throws Exception {
        Path submission = copyOf(Path.of("solutions"), work.resolve("submission"));
        CommandLine command = new CommandLine(new Main());
        command.setOut(new PrintWriter(stdout, true));
        command.setErr(new PrintWriter(new StringWriter(), true));
        CompletableFuture<Integer> watching = CompletableFuture.supplyAsync(() -> command.execute("watch", "--lang=en",
                "--lesson=L03", "--regrades=1", "--submission=" + submission, "--out=" + work.resolve("out")));

        // GIVEN the first grade printed and the watch waits for a save
        Awaitility.await("the first grade of L03 and the wait for a save").atMost(Duration.ofMinutes(3))
                .until(() -> stdout.toString().contains("Waiting for a file"));
        assertThat(stdout.toString()).contains("Total: 14 / 14");
        // WHEN the student saves a parameter group that no longer turns the binlog on
        Files.writeString(submission.resolve("lesson03/parameter-group.json"), "{\"Parameters\": []}");

        // THEN lesson 03 is graded again, on the same lab, with the points the change lost
        assertThat(watching.get(3, TimeUnit.MINUTES)).isZero();
        String output = stdout.toString();
        String regrade = output.substring(output.indexOf("Waiting for a file"));
        assertThat(regrade).contains("L03.parameter-group").doesNotContain("Total: 14 / 14").containsPattern("Total: [0-9.]+ / 14");
    }

    private static Path copyOf(Path from, Path to) throws IOException {
        Directories.copyTree(from, to);
        return to;
    }
}
