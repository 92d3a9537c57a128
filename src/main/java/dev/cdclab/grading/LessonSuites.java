package dev.cdclab.grading;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The lesson suites on the classpath (classes annotated {@link Lesson} in {@value #PACKAGE}), found
 * and run through the JUnit Platform launcher.
 */
public final class LessonSuites {
    static final String PACKAGE = "dev.cdclab.lessons";
    /** A check that runs longer than this is abandoned and reported as timed out. */
    static final String CHECK_TIMEOUT = "150 s";

    private LessonSuites() {
    }

    /**
     * Lesson id → its suite classes, in lesson order and, within a lesson, by class name. A lesson
     * may have several classes (the public suite and the instructor's hidden checks): the report
     * merges their checks into one lesson.
     */
    static Map<String, List<Class<?>>> discover() {
        return discover(PACKAGE);
    }

    static Map<String, List<Class<?>>> discover(String packageName) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectPackage(packageName)).build();
        TestPlan plan = LauncherFactory.create().discover(request);
        Map<String, List<Class<?>>> suites = new TreeMap<>();
        plan.getRoots().forEach(root -> plan.getChildren(root).forEach(child -> suiteOf(child)
                .ifPresent(suite -> suites.computeIfAbsent(suite.getAnnotation(Lesson.class).id(), id -> new ArrayList<>()).add(suite))));
        suites.values().forEach(classes -> classes.sort(Comparator.comparing(Class::getName)));
        return suites;
    }

    public static List<String> ids() {
        return List.copyOf(discover().keySet());
    }

    private static java.util.Optional<Class<?>> suiteOf(TestIdentifier id) {
        return id.getSource().filter(ClassSource.class::isInstance).map(ClassSource.class::cast)
                .map(ClassSource::getJavaClass)
                .filter(type -> type.isAnnotationPresent(Lesson.class));
    }

    /** Runs the selected suites; {@code labKey} names a lab the caller provides, or is null to start one. */
    static void run(LessonSelection selection, Path submission, String backend, String labKey, TestExecutionListener... listeners) {
        var selectors = discover().entrySet().stream()
                .filter(entry -> selection.includes(entry.getKey()))
                .flatMap(entry -> entry.getValue().stream())
                .map(suite -> selectClass(suite))
                .toList();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .configurationParameter(LabExtension.SUBMISSION, submission.toString())
                .configurationParameter(LabExtension.BACKEND, backend)
                .configurationParameter(LabExtension.PROVIDED_LAB, labKey == null ? "" : labKey)
                .configurationParameter("junit.jupiter.execution.timeout.testable.method.default", CHECK_TIMEOUT)
                .configurationParameter("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD")
                .configurationParameter("junit.jupiter.testclass.order.default", "org.junit.jupiter.api.ClassOrderer$ClassName")
                .build();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, listeners);
    }
}
