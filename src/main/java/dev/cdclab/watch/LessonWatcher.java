package dev.cdclab.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Tells which lessons of a submission folder were saved: each {@code lessonNN/} folder is watched,
 * and a burst of saves (an editor writes a file in several steps) is told once, after it has been
 * quiet for a moment.
 *
 * <pre>{@code
 * try (LessonWatcher watcher = LessonWatcher.on(Path.of("exercises"), Set.of("L04", "L05"))) {
 *     Set<String> saved = watcher.awaitSaves(Duration.ofMinutes(1));   // e.g. [L04]
 * }
 * }</pre>
 */
public final class LessonWatcher implements AutoCloseable {
    /** How quiet a folder must be before its saves count as one. */
    static final Duration SETTLE = Duration.ofMillis(300);

    private final WatchService service;
    private final Map<WatchKey, String> lessons = new HashMap<>();

    private LessonWatcher(WatchService service) {
        this.service = service;
    }

    /** Watches the folders of {@code lessonIds} ({@code L04} is {@code lesson04/}) that exist under {@code submission}. */
    public static LessonWatcher on(Path submission, Set<String> lessonIds) {
        try {
            LessonWatcher watcher = new LessonWatcher(FileSystems.getDefault().newWatchService());
            for (String id : lessonIds) {
                Path folder = submission.resolve(folderOf(id));
                if (Files.isDirectory(folder)) {
                    watcher.lessons.put(folder.register(watcher.service, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), id);
                }
            }
            return watcher;
        } catch (IOException e) {
            throw new UncheckedIOException("could not watch " + submission, e);
        }
    }

    /** The folder of a lesson id: {@code L04} is {@code lesson04}. */
    static String folderOf(String lessonId) {
        return "lesson" + lessonId.substring(1);
    }

    /** Whether any lesson folder is watched (a submission without one has nothing to regrade). */
    public boolean watchesAny() {
        return !lessons.isEmpty();
    }

    /**
     * Waits up to {@code timeout} for a save, then until the folders have been quiet for
     * {@link #SETTLE}; gives the lessons saved meanwhile, in the order first saved (empty when none was).
     */
    public Set<String> awaitSaves(Duration timeout) throws InterruptedException {
        Set<String> saved = new LinkedHashSet<>();
        try {
            WatchKey key = service.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            while (key != null) {
                drain(key, saved);
                key = service.poll(SETTLE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (ClosedWatchServiceException closed) {
            // stopped meanwhile: what was saved so far
        }
        return saved;
    }

    private void drain(WatchKey key, Set<String> saved) {
        boolean any = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            any |= event.kind() == StandardWatchEventKinds.OVERFLOW || isStudentFile(event.context());
        }
        String lesson = lessons.get(key);
        if (any && lesson != null) {
            saved.add(lesson);
        }
        key.reset();
    }

    /** An editor's own files (vim's {@code .x.swp} and {@code 4913}, backups ending in {@code ~}) are no save of the student's. */
    static boolean isStudentFile(Object context) {
        String name = context instanceof Path path ? path.getFileName().toString() : String.valueOf(context);
        return !name.startsWith(".") && !name.endsWith("~") && !name.equals("4913");
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing more to release
        }
    }
}
