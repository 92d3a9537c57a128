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
 */
final class LessonScope implements AutoCloseable {
    private final Map<String, Object> values = new HashMap<>();
    private final List<AutoCloseable> resources = new ArrayList<>();

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

    synchronized void own(AutoCloseable resource) {
        resources.add(resource);
    }

    /** Closes everything shared so far; a later request makes it anew. */
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
