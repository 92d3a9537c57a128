package dev.cdclab.classroom;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Joins the gradebooks of the shards of one class into one: every shard must have the same
 * columns, and no student may appear twice; rows come out sorted by student.
 *
 * <pre>{@code
 * String merged = GradebookMerge.merge(Map.of("shard-1/gradebook.csv", first, "shard-2/gradebook.csv", second));
 * }</pre>
 */
public final class GradebookMerge {
    private GradebookMerge() {
    }

    /** @param gradebooks name (for messages) → CSV text, in the order to read them */
    public static String merge(Map<String, String> gradebooks) {
        List<String> header = null;
        String headerFrom = null;
        Map<String, List<String>> rows = new TreeMap<>();
        Map<String, String> rowFrom = new TreeMap<>();
        for (Map.Entry<String, String> gradebook : gradebooks.entrySet()) {
            List<List<String>> lines = Csv.parse(gradebook.getValue());
            if (lines.isEmpty()) {
                throw new IllegalArgumentException(gradebook.getKey() + " is empty: expected a header line");
            }
            if (header == null) {
                header = lines.get(0);
                headerFrom = gradebook.getKey();
            } else if (!header.equals(lines.get(0))) {
                throw new IllegalArgumentException(gradebook.getKey() + " has the columns " + lines.get(0) + " where " + headerFrom
                        + " has " + header + ": merge gradebooks of one batch (same lessons, same grader)");
            }
            for (List<String> row : lines.subList(1, lines.size())) {
                String student = row.get(0);
                if (rows.containsKey(student)) {
                    throw new IllegalArgumentException("student " + student + " is in both " + rowFrom.get(student) + " and "
                            + gradebook.getKey() + ": were the shards i/n of one n?");
                }
                rows.put(student, row);
                rowFrom.put(student, gradebook.getKey());
            }
        }
        if (header == null) {
            throw new IllegalArgumentException("no gradebook to merge");
        }
        StringBuilder merged = new StringBuilder(Csv.line(header));
        rows.values().forEach(row -> merged.append(Csv.line(row)));
        return merged.toString();
    }
}
