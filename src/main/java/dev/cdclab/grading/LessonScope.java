package dev.cdclab.grading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the checks of one lesson suite share in one run: a connector deployed once and asserted on
 * by several checks, say. A value is made once; if making it failed, every check that asks gets
 * the same failure (the student reads the same reason under each check). Closed with the suite.
 * A precondition (the connector captures a table the lesson needs, say) is proven once and its
 * verdict kept for the whole suite, even after the shared values were closed: a later check that
 * requires a failed one ends at once with the same failure, so the report names the first check
 * that met it ("for the same reason as …") instead of every check waiting it out again.
 */
final class LessonScope implements AutoCloseable {
    private final Map<String, Object> values = new HashMap<>();
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final Map<String, Failed> preconditions = new HashMap<>();
    private static final Failed HOLDS = new Failed(null);

    @SuppressWarnings("unchecked")
    synchronized <T> T computeIfAbsent(String key, Supplier<T> create) {
        Object value = values.get(key);
        if (value == null) {
            try {
                value = create.get();
            } catch (RuntimeException | Error failure) {
                value = new Failed(failure);
            }
            values.put(key, value);
        }
        if (value instanceof Failed failed) {
            failed.rethrow();
        }
        return (T) value;
    }

    /** Proves {@code key} with {@code proof} the first time it is required; a failed proof fails every later requirement at once. */
    synchronized void require(String key, Runnable proof) {
        Failed verdict = preconditions.get(key);
        if (verdict == null) {
            try {
                proof.run();
                verdict = HOLDS;
            } catch (RuntimeException | Error failure) {
                verdict = new Failed(failure);
            }
            preconditions.put(key, verdict);
        }
        if (verdict != HOLDS) {
            verdict.rethrow();
        }
    }

    synchronized void own(AutoCloseable resource) {
        resources.add(resource);
    }

    /** Closes everything shared so far; a later request makes it anew. Preconditions keep their verdicts. */
    @Override
    public synchronized void close() throws Exception {
        for (AutoCloseable resource : resources) {
            resource.close();
        }
        resources.clear();
        values.clear();
    }

    private record Failed(Throwable failure) {
        void rethrow() {
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) failure;
        }
    }
}
