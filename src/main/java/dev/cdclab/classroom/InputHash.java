package dev.cdclab.classroom;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a grade depends on, as one SHA-256: the grader's version string, the lessons graded (a
 * grade of lesson 04 alone is not a grade of all five) and every file of the graded folder (its
 * path and its bytes, in path order; {@code .git} folders left out). A resumed batch keeps a stored
 * grade only when this is unchanged.
 *
 * <pre>{@code String hash = InputHash.of(Path.of("submissions/anna/exercises"), GraderVersion.current(), List.of("L04")); }</pre>
 */
public final class InputHash {
    private InputHash() {
    }

    /** {@code lessons}: the ids of the lessons graded, in any order. */
    public static String of(Path graded, String graderVersion, List<String> lessons) throws IOException {
        MessageDigest digest = sha256();
        update(digest, graderVersion);
        update(digest, "lessons " + String.join(",", lessons.stream().sorted().toList()));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(graded)) {
            files = walk.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .filter(file -> !graded.relativize(file).toString().replace('\\', '/').matches("(.*/)?\\.git/.*"))
                    .sorted()
                    .toList();
        }
        for (Path file : files) {
            update(digest, graded.relativize(file).toString().replace('\\', '/'));
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            update(digest, "\0" + Files.size(file));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
