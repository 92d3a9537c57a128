package dev.cdclab.grading;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Order;

/**
 * The checks of the lesson suites on the classpath, with the points their {@link Check}
 * annotations give them now, in the order reports list them: lessons by id, a lesson's classes by
 * name, a class's checks by {@link Order}. Read without running anything, so that stored reports
 * can be re-scored when points change.
 *
 * <pre>{@code
 * CheckIndex index = CheckIndex.discover(LessonSelection.parse("L04"));
 * double points = index.points("L04.connector.running").orElseThrow();
 * index.lessons().forEach(lesson -> System.out.println(lesson.id() + " " + lesson.checks().size()));
 * }</pre>
 */
public final class CheckIndex {
    /** A lesson's checks and its cap (0: none), as {@link Lesson#cap()} says. */
    public record LessonChecks(String id, double cap, List<CheckPoints> checks) {
        public LessonChecks {
            checks = List.copyOf(checks);
        }
    }

    /** One check's id and points. */
    public record CheckPoints(String id, double points) {
    }

    private final List<LessonChecks> lessons;
    private final Map<String, Double> points = new LinkedHashMap<>();

    private CheckIndex(List<LessonChecks> lessons) {
        this.lessons = List.copyOf(lessons);
        lessons.forEach(lesson -> lesson.checks().forEach(check -> points.put(check.id(), check.points())));
    }

    /** The selected lessons' checks among the suites on the classpath. */
    public static CheckIndex discover(LessonSelection selection) {
        return from(LessonSuites.discover(), selection);
    }

    /** An index of lessons and checks as given (a gradebook over made-up checks, say). */
    public static CheckIndex of(List<LessonChecks> lessons) {
        return new CheckIndex(lessons);
    }

    static CheckIndex from(Map<String, List<Class<?>>> suites, LessonSelection selection) {
        List<LessonChecks> lessons = new ArrayList<>();
        suites.forEach((lessonId, classes) -> {
            if (!selection.includes(lessonId)) {
                return;
            }
            List<CheckPoints> checks = new ArrayList<>();
            classes.stream().sorted(Comparator.comparing(Class::getName)).forEach(suite -> checksOf(suite).forEach(checks::add));
            lessons.add(new LessonChecks(lessonId, classes.get(0).getAnnotation(Lesson.class).cap(), checks));
        });
        return new CheckIndex(lessons);
    }

    private static List<CheckPoints> checksOf(Class<?> suite) {
        return Arrays.stream(suite.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(Check.class))
                .sorted(Comparator.comparingInt(CheckIndex::order).thenComparing(Method::getName))
                .map(method -> method.getAnnotation(Check.class))
                .map(check -> new CheckPoints(check.id(), check.points()))
                .toList();
    }

    /** JUnit's order: the {@link Order} value, or its default for a method without one. */
    private static int order(Method method) {
        Order order = method.getAnnotation(Order.class);
        return order == null ? Order.DEFAULT : order.value();
    }

    public List<LessonChecks> lessons() {
        return lessons;
    }

    /** The points a check is worth now; empty for an id no suite has (any more). */
    public OptionalDouble points(String checkId) {
        Double value = points.get(checkId);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
