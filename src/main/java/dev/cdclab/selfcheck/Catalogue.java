package dev.cdclab.selfcheck;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The catalogue of wrong and hostile submissions under {@code grading/catalogue/<kind>/<name>.json}.
 * Its format is in {@code grading/catalogue/README.md}; a malformed entry stops the self-check
 * with the file and the reason.
 *
 * <pre>{@code List<CatalogueEntry> entries = Catalogue.load(Path.of("grading/catalogue")); }</pre>
 */
public final class Catalogue {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private Catalogue() {
    }

    public static List<CatalogueEntry> load(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            List<CatalogueEntry> entries = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                entries.add(parse(root, file));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CatalogueEntry parse(Path root, Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        String kind = root.relativize(file).getName(0).toString();
        try {
            JsonNode entry = JSON.readTree(file.toFile());
            List<Change> changes = new ArrayList<>();
            for (JsonNode change : required(entry, "changes")) {
                changes.add(change(change));
            }
            Map<String, String> fails = new LinkedHashMap<>();
            required(entry, "fails").fields().forEachRemaining(e -> fails.put(e.getKey(), e.getValue().asText()));
            return new CatalogueEntry(name, kind, required(entry, "lesson").asText(), required(entry, "mistake").asText(),
                    changes, fails);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("catalogue entry " + file + " is malformed: " + e.getMessage(), e);
        }
    }

    private static Change change(JsonNode change) {
        String file = required(change, "file").asText();
        if (change.has("json")) {
            List<String> path = new ArrayList<>();
            change.get("json").forEach(key -> path.add(key.asText()));
            return change.path("remove").asBoolean(false) ? new Change.RemoveJson(file, path)
                    : new Change.SetJson(file, path, required(change, "value"));
        }
        if (change.has("replace")) {
            return new Change.Replace(file, change.get("replace").asText(), required(change, "with").asText());
        }
        if (change.has("content")) {
            return new Change.Content(file, change.get("content").asText());
        }
        if (change.path("delete").asBoolean(false)) {
            return new Change.Delete(file);
        }
        if (change.has("base64")) {
            return new Change.RawBytes(file, java.util.Base64.getDecoder().decode(change.get("base64").asText()));
        }
        if (change.has("repeat")) {
            List<Change.Repeated> parts = new java.util.ArrayList<>();
            change.get("repeat").forEach(part -> parts.add(new Change.Repeated(part.path(0).asText(), part.path(1).asInt(1))));
            return new Change.Repeat(file, parts);
        }
        if (change.has("bytes")) {
            return new Change.Filler(file, change.get("bytes").asLong());
        }
        throw new IllegalArgumentException("a change needs json, replace, content, delete, repeat, bytes or base64: " + change);
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing \"" + field + "\"");
        }
        return value;
    }
}
