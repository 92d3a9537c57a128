package dev.cdclab.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * A GitHub Actions workflow file read as a tree, for tests that pin its shape (GitHub's runners
 * cannot run here).
 *
 * <pre>{@code
 * Workflow workflow = Workflow.read(Path.of(".github/workflows/ci.yml"));
 * List<String> runs = Workflow.commands(workflow.job("self-test"), "run");
 * }</pre>
 */
final class Workflow {
    private final Path file;
    private final JsonNode root;

    private Workflow(Path file, JsonNode root) {
        this.file = file;
        this.root = root;
    }

    static Workflow read(Path yaml) {
        try {
            return new Workflow(yaml, new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile()));
        } catch (IOException e) {
            throw new AssertionError(yaml + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    JsonNode root() {
        return root;
    }

    JsonNode job(String name) {
        JsonNode job = root.path("jobs").path(name);
        assertThat(job.isObject()).as("job %s in %s", name, file).isTrue();
        return job;
    }

    /** The {@code run} commands (or {@code uses} actions) of a job's steps, in order. */
    static List<String> commands(JsonNode job, String kind) {
        return StreamSupport.stream(job.path("steps").spliterator(), false)
                .filter(step -> step.has(kind))
                .map(step -> step.path(kind).asText().trim())
                .toList();
    }

    static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
