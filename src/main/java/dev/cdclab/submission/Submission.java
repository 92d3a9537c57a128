package dev.cdclab.submission;

import dev.cdclab.grading.CheckFailure;
import dev.cdclab.i18n.Text;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * A student's folder ({@code exercises/} or a copy of it): one sub-folder per lesson with the
 * artifacts the lessons ask for. Reading an artifact never throws anything but a
 * {@link CheckFailure} that tells the student which file and what is wrong with it.
 *
 * <pre>{@code
 * Submission submission = new Submission(Path.of("exercises"));
 * ConnectorDefinition connector = submission.connector("lesson04/connector.json");
 * }</pre>
 */
public final class Submission {
    /** No artifact of this course is anywhere near this size; a larger file is refused unread. */
    static final long MAX_ARTIFACT_BYTES = 256 * 1024;

    private final Path root;

    public Submission(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The folder's name, for reports ({@code exercises}, {@code solutions}, a student id). */
    public String name() {
        return root.getFileName() == null ? root.toString() : root.getFileName().toString();
    }

    /** A connector JSON in the body format of {@code POST /connectors}. */
    public ConnectorDefinition connector(String relativePath) {
        return ConnectorJson.parse(relativePath, text(relativePath));
    }

    /** A JSON artifact, read strictly (line and column of a syntax error, keys written twice). */
    public com.fasterxml.jackson.databind.JsonNode json(String relativePath) {
        return StrictJson.read(relativePath, text(relativePath));
    }

    /**
     * A flat JSON object of answers ({@code "question": "answer"}), e.g. the snapshot mode chosen
     * for each scenario of lesson 04. Values must be strings; keys keep their order.
     */
    public java.util.Map<String, String> answers(String relativePath) {
        com.fasterxml.jackson.databind.JsonNode root = json(relativePath);
        if (!root.isObject()) {
            throw CheckFailure.of(Text.of("answers.not-object", relativePath)).hint(Text.of("answers.hint", relativePath));
        }
        java.util.Map<String, String> answers = new java.util.LinkedHashMap<>();
        root.fields().forEachRemaining(entry -> {
            if (!entry.getValue().isTextual()) {
                throw CheckFailure.of(Text.of("answers.not-text", relativePath, entry.getKey()))
                        .hint(Text.of("answers.hint", relativePath));
            }
            answers.put(entry.getKey(), entry.getValue().asText().trim());
        });
        return answers;
    }

    /**
     * The text of an artifact: it must exist inside the submission (no links out of it), be at
     * most 256 KiB and be valid UTF-8.
     */
    public String text(String relativePath) {
        Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root) || linksOutside(file)) {
            throw CheckFailure.of(Text.of("artifact.outside", relativePath));
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw CheckFailure.of(Text.of("artifact.missing", relativePath, name()))
                    .hint(Text.of("artifact.missing.hint", relativePath));
        }
        try {
            long size = Files.size(file);
            if (size > MAX_ARTIFACT_BYTES) {
                throw CheckFailure.of(Text.of("artifact.too-large", relativePath, size, String.valueOf(MAX_ARTIFACT_BYTES)));
            }
            byte[] bytes = Files.readAllBytes(file);
            java.util.Optional<String> unicode = UnicodeEncoding.of(bytes);
            if (unicode.isPresent()) {
                throw CheckFailure.of(Text.of("artifact.not-utf8.unicode", relativePath, unicode.get()))
                        .hint(Text.of("hint.artifact.save-as-utf8", relativePath));
            }
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
            // a byte order mark (some Windows editors write one) is not content: Connect skips it too
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw CheckFailure.of(Text.of("artifact.not-utf8", relativePath)).hint(Text.of("hint.artifact.save-as-utf8", relativePath));
        } catch (IOException e) {
            throw CheckFailure.of(Text.of("artifact.unreadable", relativePath, e.getMessage()));
        }
    }

    /** Whether a symbolic link on the way to {@code file} (the file itself or a folder) leads out of the submission. */
    private boolean linksOutside(Path file) {
        try {
            return Files.exists(file) && !file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return true;
        }
    }
}
