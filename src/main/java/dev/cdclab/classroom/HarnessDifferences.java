package dev.cdclab.classroom;

import java.util.List;

/**
 * How a student's copy of the harness differs from the instructor's template, by repository
 * path: files whose content differs, files the instructor's template does not have, and files
 * the student's copy lacks.
 *
 * <pre>{@code
 * HarnessDifferences differences = HarnessCheck.compare(student, instructor);
 * differences.changed();   // ["pom.xml"]
 * }</pre>
 */
public record HarnessDifferences(List<String> changed, List<String> added, List<String> missing) {
    public HarnessDifferences {
        changed = List.copyOf(changed);
        added = List.copyOf(added);
        missing = List.copyOf(missing);
    }

    public boolean none() {
        return changed.isEmpty() && added.isEmpty() && missing.isEmpty();
    }

    public int count() {
        return changed.size() + added.size() + missing.size();
    }
}
