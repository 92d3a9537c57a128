package dev.cdclab.classroom;

import dev.cdclab.grading.Grader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The grader's version for resuming a batch: a digest of its compiled code and resources (the
 * harness's classes folder or jar) and of every classpath folder holding lesson suites or message
 * bundles (the public and hidden checks and their texts). Any change to the code, a check, its
 * points or a text gives a new version, so a resumed batch grades everyone again.
 *
 * <pre>{@code String version = GraderVersion.current();   // "sha256:3f1c…" (16 hex digits) }</pre>
 */
public final class GraderVersion {
    private static final List<String> RESOURCES = List.of("dev/cdclab/lessons", "dev/cdclab/i18n");

    private GraderVersion() {
    }

    public static String current() {
        TreeSet<Path> roots = new TreeSet<>();
        try {
            roots.add(Path.of(Grader.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
            ClassLoader loader = Grader.class.getClassLoader();
            for (String resource : RESOURCES) {
                for (URL url : Collections.list(loader.getResources(resource))) {
                    roots.add(rootOf(url));
                }
            }
            return of(List.copyOf(roots));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("the grader's code could not be read for its version: " + e.getMessage(), e);
        }
    }

    /** A classpath folder as it is, or the jar a {@code jar:file:…!/…} resource is in. */
    private static Path rootOf(URL url) throws URISyntaxException {
        String text = url.toString();
        if (text.startsWith("jar:")) {
            return Path.of(new java.net.URI(text.substring("jar:".length(), text.indexOf("!/"))));
        }
        return Path.of(url.toURI());
    }

    /** The version of code in {@code roots}: folders (every file, by path) and files (their bytes). */
    static String of(List<Path> roots) throws IOException {
        MessageDigest digest = InputHash.sha256();
        for (Path root : roots) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                digest.update(root.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
        }
        return "sha256:" + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }
}
