package dev.cdclab.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A small git working tree in a temporary folder, for tests of what git lists. */
final class TempRepo {
    private final Path root;

    private TempRepo(Path root) {
        this.root = root;
    }

    /** An initialised (empty) repository at {@code root}. */
    static TempRepo at(Path root) throws IOException {
        Files.createDirectories(root);
        try {
            Process git = new ProcessBuilder("git", "-C", root.toString(), "init", "-q").redirectErrorStream(true).start();
            assertThat(git.waitFor(30, TimeUnit.SECONDS)).as("git init ends").isTrue();
            assertThat(git.exitValue()).as("git init: %s", new String(git.getInputStream().readAllBytes())).isZero();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return new TempRepo(root);
    }

    TempRepo write(String path, String text) throws IOException {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text);
        return this;
    }

    Path root() {
        return root;
    }
}
