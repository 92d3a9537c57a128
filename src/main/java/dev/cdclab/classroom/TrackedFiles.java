package dev.cdclab.classroom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The files git tracks in a working tree ({@code git ls-files --cached}), as they are on disk;
 * files deleted from the working tree and anything but regular files are left out. Untracked files
 * never count, ignored or not: student submissions cloned inside the checkout, as the batch example
 * does, are nobody's template. git runs with a bound, its output going through temporary files.
 *
 * <pre>{@code List<String> files = TrackedFiles.of(Path.of("."));  // ["README.md", "pom.xml", ...] }</pre>
 */
public final class TrackedFiles {
    static final Duration BOUND = Duration.ofSeconds(60);

    private TrackedFiles() {
    }

    /** Repository-relative paths with {@code /}, sorted. */
    public static List<String> of(Path repo) throws IOException {
        Path stdout = Files.createTempFile("cdclab-git-ls-files", ".out");
        Path stderr = Files.createTempFile("cdclab-git-ls-files", ".err");
        try {
            Process git = new ProcessBuilder("git", "-C", repo.toString(), "ls-files", "-z", "--cached")
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            if (!git.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS)) {
                git.destroyForcibly();
                throw new IOException("git ls-files in " + repo + " did not end within " + BOUND.toSeconds() + " s");
            }
            if (git.exitValue() != 0) {
                throw new IOException("git ls-files in " + repo + " failed (exit " + git.exitValue() + "): "
                        + Files.readString(stderr, StandardCharsets.UTF_8).strip() + "; the folder must be a git working tree");
            }
            return Arrays.stream(Files.readString(stdout, StandardCharsets.UTF_8).split("\0"))
                    .filter(path -> !path.isEmpty())
                    .filter(path -> Files.isRegularFile(repo.resolve(path), LinkOption.NOFOLLOW_LINKS))
                    .distinct()
                    .sorted()
                    .toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while listing the files of " + repo, e);
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }
}
