package dev.cdclab.grading;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Which lessons to grade: {@code all}, or ids such as {@code L04} or {@code L04,L05} (case-insensitive). */
public record LessonSelection(List<String> ids) {

    public static LessonSelection parse(String text) {
        if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("all")) {
            return new LessonSelection(List.of());
        }
        return new LessonSelection(Arrays.stream(text.split(","))
                .map(s -> s.trim().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList());
    }

    public boolean includes(String lessonId) {
        return ids.isEmpty() || ids.contains(lessonId);
    }

    public List<String> unknownIn(Collection<String> known) {
        return ids.stream().filter(id -> !known.contains(id)).toList();
    }
}
