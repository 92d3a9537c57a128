package dev.cdclab.classroom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The contents of the files no student may receive, whatever their name: every regular file under
 * {@link #GUARDED} on disk (tracked or not), keyed by its text with line ends unified and trailing
 * white space dropped, so a renamed copy or one re-saved with CRLF is still recognised. Empty files
 * are not kept: an empty file gives nothing away.
 *
 * <pre>{@code
 * InstructorCopies.of(repo).originalOf(repo.resolve("docs/notes.json"));  // Optional["solutions/lesson04/connector.json"]
 * }</pre>
 */
final class InstructorCopies {
    /** Folders whose files' contents a template must never hold. */
    static final List<String> GUARDED = List.of("solutions/", "grading/hidden/");

    private final Map<String, String> sourceByContent;

    private InstructorCopies(Map<String, String> sourceByContent) {
        this.sourceByContent = sourceByContent;
    }

    static InstructorCopies of(Path repo) throws IOException {
        Map<String, String> sourceByContent = new HashMap<>();
        for (String folder : GUARDED) {
            Path root = repo.resolve(folder);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                    String content = normalised(file);
                    if (!content.isEmpty()) {
                        sourceByContent.putIfAbsent(content, repo.relativize(file).toString().replace('\\', '/'));
                    }
                }
            }
        }
        return new InstructorCopies(sourceByContent);
    }

    /** The guarded file whose content {@code file} repeats, if any. */
    Optional<String> originalOf(Path file) throws IOException {
        return Optional.ofNullable(sourceByContent.get(normalised(file)));
    }

    private static String normalised(Path file) throws IOException {
        // ISO-8859-1 maps every byte to one char: binary files compare byte for byte
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
        return text.lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("").strip();
    }
}
