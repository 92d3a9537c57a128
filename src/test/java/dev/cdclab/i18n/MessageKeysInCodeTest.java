package dev.cdclab.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key the code names as a string literal exists in both bundles: a key missing from
 * one would reach the student as the bare key. Comments are left out (their keys are examples).
 */
class MessageKeysInCodeTest {
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("grading/public/java"));
    /** The instructor's hidden checks, whose keys are in their own bundle: read where the folder exists. */
    private static final Path HIDDEN_SOURCES = Path.of("grading/hidden/java");
    private static final String LITERAL = "\"([^\"\\\\]*)\"";
    /** Where a literal is a key: the first argument of Text.of (or either branch of a choice there), ... */
    private static final List<Pattern> KEY_USES = List.of(
            Pattern.compile("Text\\.of\\(\\s*" + LITERAL),
            Pattern.compile("Text\\.of\\(\\s*[\\w.()!]+\\s*\\?\\s*" + LITERAL + "\\s*:\\s*" + LITERAL),
            // ... the key of messages.get, the title and hint of @Lesson and @Check, and any literal hint.* key
            Pattern.compile("messages\\.get\\(\\s*" + LITERAL),
            Pattern.compile("\\b(?:title|hint)\\s*=\\s*" + LITERAL),
            Pattern.compile("\"(hint\\.[\\w.-]+)\""));
    /** Keys made in code as {@code "op." + op}: the operations a change event has. */
    private static final List<String> BUILT_KEYS = List.of("op.r", "op.c", "op.u", "op.d");

    private final Messages russian = Messages.forLanguage("ru");
    private final Messages english = Messages.forLanguage("en");

    @Test
    void every_key_named_in_the_code_is_in_both_bundles() {
        Map<String, String> keys = keysInCode();
        BUILT_KEYS.forEach(key -> keys.put(key, "ChangeEventsAssert (\"op.\" + op)"));
        assertThat(keys).as("keys found in the code").containsKeys("check.not-run", "console.total", "lesson.L04.title",
                "hint.L04.snapshot", "connector.json.flat", "hint.history.missing");
        Map<String, String> missing = new TreeMap<>();
        keys.forEach((key, where) -> {
            if (!english.has(key) || !russian.has(key)) {
                missing.put(key, where + (english.has(key) ? "" : " [en]") + (russian.has(key) ? "" : " [ru]"));
            }
        });
        assertThat(missing).as("keys missing from a bundle, with where the code names them").isEmpty();
    }

    @Test
    void comments_and_text_in_strings_are_told_apart() {
        String source = "a(\"// not a comment\"); // Text.of(\"in.comment\")\n/* Text.of(\"in.block\") */ b('\"', \"x/*y\");";
        assertThat(withoutComments(source)).isEqualTo("a(\"// not a comment\"); \n b('\"', \"x/*y\");");
    }

    private static Map<String, String> keysInCode() {
        Map<String, String> keys = new TreeMap<>();
        List<Path> roots = new java.util.ArrayList<>(SOURCES);
        if (Files.isDirectory(HIDDEN_SOURCES)) {
            roots.add(HIDDEN_SOURCES);
        }
        for (Path root : roots) {
            assertThat(root).isDirectory();
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(file -> collect(file, keys));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keys;
    }

    private static void collect(Path file, Map<String, String> keys) {
        String code;
        try {
            code = withoutComments(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Pattern use : KEY_USES) {
            Matcher matcher = use.matcher(code);
            while (matcher.find()) {
                for (int group = 1; group <= matcher.groupCount(); group++) {
                    String key = matcher.group(group);
                    // "" is no hint at all; "op." is the start of a key built in code (see BUILT_KEYS)
                    if (!key.isEmpty() && !key.endsWith(".")) {
                        keys.putIfAbsent(key, file.getFileName().toString());
                    }
                }
            }
        }
    }

    /** The source without its comments; string and character literals are kept as they are. */
    static String withoutComments(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
            } else if (c == '"' || c == '\'') {
                int end = endOfLiteral(source, i, c);
                code.append(source, i, end);
                i = end;
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }

    /** The index after the literal opened by {@code quote} at {@code start}. */
    private static int endOfLiteral(String source, int start, char quote) {
        int i = start + 1;
        while (i < source.length() && source.charAt(i) != quote) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, source.length());
    }
}
