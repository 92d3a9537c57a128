package dev.cdclab.selfcheck;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/** The self-check as a table for CI logs, and as {@code summary.json} for tools. */
public final class SelfCheckTable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SelfCheckTable() {
    }

    public static String header() {
        return String.format(Locale.ROOT, "%-4s %-9s %-40s %-5s %-40s %s", "ok", "kind", "submission", "lesson", "expected", "actual");
    }

    static String row(SelfCheckResult.Entry entry) {
        return String.format(Locale.ROOT, "%-4s %-9s %-40s %-5s %-40s %s", entry.ok() ? "ok" : "FAIL", entry.kind(),
                entry.name(), entry.lesson(), entry.expected(), entry.actual());
    }

    public static String render(SelfCheckResult result) {
        StringBuilder out = new StringBuilder(header()).append('\n');
        result.entries().forEach(entry -> out.append(row(entry)).append('\n'));
        long failed = result.entries().stream().filter(e -> !e.ok()).count();
        out.append(String.format(Locale.ROOT, "%d passed, %d failed; %s%n", result.entries().size() - failed, failed, byKind(result)));
        if (result.determinism() != null) {
            out.append(String.format(Locale.ROOT, "determinism: %d of %d runs identical%s%n", result.determinism().identical(),
                    result.determinism().runs(), result.determinism().unstable().isEmpty() ? ""
                            : "; unstable: " + String.join(", ", result.determinism().unstable())));
        }
        return out.toString();
    }

    /** How many entries of each kind passed: {@code right 31/31, wrong 70/70, ...}. */
    private static String byKind(SelfCheckResult result) {
        java.util.Map<String, long[]> kinds = new java.util.TreeMap<>();
        result.entries().forEach(entry -> {
            long[] counts = kinds.computeIfAbsent(entry.kind(), k -> new long[2]);
            counts[0] += entry.ok() ? 1 : 0;
            counts[1]++;
        });
        return kinds.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1])
                .collect(java.util.stream.Collectors.joining(", "));
    }

    static String json(SelfCheckResult result) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode entries = root.putArray("entries");
        result.entries().forEach(entry -> entries.addObject()
                .put("name", entry.name())
                .put("kind", entry.kind())
                .put("lesson", entry.lesson())
                .put("expected", entry.expected())
                .put("actual", entry.actual())
                .put("ok", entry.ok()));
        ObjectNode kinds = root.putObject("kinds");
        result.entries().forEach(entry -> {
            ObjectNode kind = kinds.has(entry.kind()) ? (ObjectNode) kinds.get(entry.kind())
                    : kinds.putObject(entry.kind()).put("entries", 0).put("ok", 0);
            kind.put("entries", kind.get("entries").asInt() + 1).put("ok", kind.get("ok").asInt() + (entry.ok() ? 1 : 0));
        });
        if (result.determinism() != null) {
            ObjectNode determinism = root.putObject("determinism")
                    .put("runs", result.determinism().runs())
                    .put("identical", result.determinism().identical());
            ArrayNode unstable = determinism.putArray("unstable");
            result.determinism().unstable().forEach(unstable::add);
        }
        return root.toPrettyString() + "\n";
    }
}
