package dev.cdclab.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** Stages every file of the working tree that .gitignore does not exclude: git then tracks them. */
    TempRepo track() throws IOException {
        git("add", "-A");
        return this;
    }

    /** Runs git in the repository, requiring it to succeed. */
    TempRepo git(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
        command.addAll(List.of(arguments));
        try {
            Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
            assertThat(git.waitFor(30, TimeUnit.SECONDS)).as("%s ends", command).isTrue();
            assertThat(git.exitValue()).as("%s: %s", command, new String(git.getInputStream().readAllBytes())).isZero();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return this;
    }

    Path root() {
        return root;
    }
}
