package dev.cdclab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/cdclab} as an instructor runs it offline: its classpath step resolves from the local
 * repository alone, which needs the maven-dependency-plugin pinned (unpinned, Maven picks 2.8,
 * absent from a warmed ~/.m2). The build it starts is incremental: after this build's own compile
 * it compiles nothing.
 */
class CdclabScriptTest {
    private static final long BOUND_SECONDS = 240;

    @TempDir
    Path temp;

    @Test
    void help_runs_offline_with_the_pinned_dependency_plugin() throws IOException, InterruptedException {
        Path log = temp.resolve("cdclab.log");
        ProcessBuilder cdclab = new ProcessBuilder("bin/cdclab", "--help").redirectErrorStream(true).redirectOutput(log.toFile());
        // -X: Maven names the plugin version each goal runs with
        cdclab.environment().put("CDCLAB_MAVEN_OPTS", "-o -X");
        Process process = cdclab.start();
        boolean ended = process.waitFor(BOUND_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(ended).as("bin/cdclab --help ends within %d s: %s", BOUND_SECONDS, output).isTrue();
        assertThat(process.exitValue()).as("bin/cdclab --help offline: %s", output).isZero();
        assertThat(output).contains("Usage")
                .contains("org.apache.maven.plugins:maven-dependency-plugin:" + pinnedDependencyPlugin() + ":build-classpath");
    }

    /** The version pom.xml's pluginManagement pins the dependency plugin to. */
    private static String pinnedDependencyPlugin() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        Matcher pin = Pattern.compile("<pluginManagement>.*?<artifactId>maven-dependency-plugin</artifactId>\\s*<version>([^<]+)</version>",
                Pattern.DOTALL).matcher(pom);
        assertThat(pin.find()).as("pom.xml's pluginManagement pins maven-dependency-plugin").isTrue();
        return pin.group(1);
    }
}
