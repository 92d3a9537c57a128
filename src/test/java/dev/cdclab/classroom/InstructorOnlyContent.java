package dev.cdclab.classroom;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Strings that only the instructor's folders of a repository hold, each with where it comes from:
 * the hidden checks' class names, check ids and text keys, the catalogue's mistakes, and every
 * line of a solution that no starter has (such as {@code "database.server.id": "184054"}). None of
 * them may appear in a student's repository.
 */
final class InstructorOnlyContent {
    private static final Pattern CHECK_ID = Pattern.compile("@Check\\(\\s*id\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern CLASS = Pattern.compile("\\bclass\\s+(\\w+)");
    private static final int SHORTEST_LINE = 12;

    private InstructorOnlyContent() {
    }

    /** Fragment → the file it was taken from. */
    static Map<String, String> of(Path repo) {
        Map<String, String> fragments = new TreeMap<>();
        Set<String> starterLines = files(repo.resolve("exercises")).flatMap(InstructorOnlyContent::lines).collect(Collectors.toSet());
        files(repo.resolve("solutions")).forEach(file -> lines(file)
                .filter(line -> line.length() >= SHORTEST_LINE && !starterLines.contains(line))
                .forEach(line -> fragments.put(line, repo.relativize(file).toString())));
        files(repo.resolve("grading/hidden")).forEach(file -> {
            String text = read(file);
            if (file.toString().endsWith(".java")) {
                all(CLASS, text).forEach(name -> fragments.put(name, repo.relativize(file).toString()));
                all(CHECK_ID, text).forEach(id -> fragments.put(id, repo.relativize(file).toString()));
            } else if (file.toString().endsWith(".properties")) {
                text.lines().filter(line -> line.contains("=") && !line.startsWith("#"))
                        .forEach(line -> fragments.put(line.substring(0, line.indexOf('=')).trim(), repo.relativize(file).toString()));
            }
        });
        files(repo.resolve("grading/catalogue")).filter(file -> file.toString().endsWith(".json")).forEach(file -> {
            fragments.put(file.getFileName().toString().replace(".json", ""), repo.relativize(file).toString());
            fragments.put(mistake(file), repo.relativize(file).toString());
        });
        return fragments;
    }

    private static Stream<String> all(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        Stream.Builder<String> found = Stream.builder();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found.build();
    }

    /** A file's lines, trimmed, without a trailing comma: how a JSON line reads wherever it is quoted. */
    private static Stream<String> lines(Path file) {
        return read(file).lines().map(String::trim).map(line -> line.endsWith(",") ? line.substring(0, line.length() - 1) : line);
    }

    private static String mistake(Path catalogueEntry) {
        try {
            return new ObjectMapper().readTree(catalogueEntry.toFile()).path("mistake").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
