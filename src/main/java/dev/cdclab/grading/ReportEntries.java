package dev.cdclab.grading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cdclab.i18n.Text;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The channel from a running check to the grade collector: JUnit report entries whose values are
 * texts encoded as JSON ({@code {"key": ..., "args": [...]}}), every argument as a string.
 */
final class ReportEntries {
    static final String NOTE = "cdclab.note";
    static final String BACKEND = "cdclab.backend";
    /** One part of a check with partial credit: {@code <weight>:<passed>:<name>}. */
    static final String PART = "cdclab.part";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportEntries() {
    }

    static String encode(Text text) {
        ObjectNode node = JSON.createObjectNode().put("key", text.key());
        ArrayNode args = node.putArray("args");
        text.args().forEach(arg -> args.add(String.valueOf(arg)));
        return node.toString();
    }

    static String encodePart(PartialCredit.Part part) {
        return part.weight() + ":" + part.passed() + ":" + part.name();
    }

    /** The weight of an encoded part, and whether it passed. */
    static double[] decodePart(String encoded) {
        String[] fields = encoded.split(":", 3);
        return new double[] {Double.parseDouble(fields[0]), Boolean.parseBoolean(fields[1]) ? 1 : 0};
    }

    static Text decode(String encoded) {
        try {
            JsonNode node = JSON.readTree(encoded);
            List<Object> args = new ArrayList<>();
            node.path("args").forEach(arg -> args.add(arg.asText()));
            return new Text(node.path("key").asText(), args);
        } catch (IOException e) {
            return Text.verbatim(encoded);
        }
    }
}
