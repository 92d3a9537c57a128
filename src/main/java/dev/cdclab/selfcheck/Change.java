package dev.cdclab.selfcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One change a catalogue entry makes to the reference solution, as declared in its JSON file:
 * <ul>
 *   <li>{@code {"file": F, "json": ["config", "snapshot.mode"], "value": "never"}} sets a JSON value
 *   (a number in the path indexes a list: {@code ["topics", "0", "partitions"]});</li>
 *   <li>{@code {"file": F, "json": [...], "remove": true}} removes a JSON key;</li>
 *   <li>{@code {"file": F, "replace": "text", "with": "other"}} replaces text that must occur exactly once;</li>
 *   <li>{@code {"file": F, "content": "..."}} replaces the whole file;</li>
 *   <li>{@code {"file": F, "delete": true}} deletes it;</li>
 *   <li>{@code {"file": F, "repeat": [["[", 100000], ["]", 100000]]}} writes each text so many times, in order
 *   (input too deep or too long to keep in the catalogue as it is);</li>
 *   <li>{@code {"file": F, "bytes": N}} writes N bytes of filler (a file far too large);</li>
 *   <li>{@code {"file": F, "base64": "..."}} writes exactly these bytes (invalid UTF-8, say).</li>
 * </ul>
 * A change that does not apply (text not found, key not there) is a bug of the catalogue, not a grade.
 */
sealed interface Change {
    ObjectMapper JSON = new ObjectMapper();

    String file();

    void applyTo(Path submission) throws IOException;

    record SetJson(String file, List<String> path, JsonNode value) implements Change {
        @Override
        public void applyTo(Path submission) throws IOException {
            Path target = submission.resolve(file);
            JsonNode root = JSON.readTree(target.toFile());
            parentOf(root, path, file).set(path.get(path.size() - 1), value);
            Files.writeString(target, root.toPrettyString());
        }
    }

    record RemoveJson(String file, List<String> path) implements Change {
        @Override
        public void applyTo(Path submission) throws IOException {
            Path target = submission.resolve(file);
            JsonNode root = JSON.readTree(target.toFile());
            ObjectNode parent = parentOf(root, path, file);
            if (parent.remove(path.get(path.size() - 1)) == null) {
                throw new IllegalStateException(file + " has no key " + path + " to remove");
            }
            Files.writeString(target, root.toPrettyString());
        }
    }

    record Replace(String file, String text, String with) implements Change {
        @Override
        public void applyTo(Path submission) throws IOException {
            Path target = submission.resolve(file);
            String content = Files.readString(target);
            int first = content.indexOf(text);
            if (first < 0 || content.indexOf(text, first + 1) >= 0) {
                throw new IllegalStateException(file + " must contain \"" + text + "\" exactly once");
            }
            Files.writeString(target, content.replace(text, with));
        }
    }

    record Content(String file, String content) implements Change {
        @Override
        public void applyTo(Path submission) throws IOException {
            Path target = submission.resolve(file);
            Files.createDirectories(target.getParent());
            Files.writeString(target, content);
        }
    }

    /** A text and how many times it is written. */
    record Repeated(String text, int times) {
    }

    record Repeat(String file, List<Repeated> parts) implements Change {
        @Override
        public void applyTo(Path submission) throws IOException {
            StringBuilder content = new StringBuilder();
            parts.forEach(part -> content.append(part.text().repeat(part.times())));
            new Content(file, content.toString()).applyTo(submission);
        }
    }

    record Delete(String file) implements Change {
        @Override
        public void applyTo(Path submission) throws IOException {
            Files.delete(submission.resolve(file));
        }
    }

    record RawBytes(String file, byte[] bytes) implements Change {
        @Override
        public void applyTo(Path submission) throws IOException {
            Files.write(submission.resolve(file), bytes);
        }
    }

    record Filler(String file, long bytes) implements Change {
        @Override
        public void applyTo(Path submission) throws IOException {
            byte[] block = "x".repeat(8192).getBytes(StandardCharsets.US_ASCII);
            try (OutputStream out = Files.newOutputStream(submission.resolve(file))) {
                for (long written = 0; written < bytes; written += block.length) {
                    out.write(block, 0, (int) Math.min(block.length, bytes - written));
                }
            }
        }
    }

    private static ObjectNode parentOf(JsonNode root, List<String> path, String file) {
        JsonNode node = root;
        for (String key : path.subList(0, path.size() - 1)) {
            node = node.isArray() && key.matches("[0-9]+") ? node.get(Integer.parseInt(key)) : node.get(key);
            if (node == null) {
                throw new IllegalStateException(file + " has no " + path);
            }
        }
        if (!(node instanceof ObjectNode object)) {
            throw new IllegalStateException(file + ": the parent of " + path + " is not an object");
        }
        return object;
    }
}
