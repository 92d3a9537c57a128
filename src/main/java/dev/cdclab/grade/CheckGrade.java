package dev.cdclab.grade;

/**
 * The result of one check, its texts already in the run's language.
 *
 * @param message  what went wrong (empty when passed)
 * @param expected what the check expected, if it says
 * @param observed what the check saw, if it says
 * @param hint     what to do about it, pointing to the lesson
 */
public record CheckGrade(String id, String title, String lesson, CheckStatus status, double score, double maxScore,
                         String visibility, String message, String expected, String observed, String hint,
                         long durationMs) {
}
