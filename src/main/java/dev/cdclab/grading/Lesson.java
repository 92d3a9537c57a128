package dev.cdclab.grading;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a lesson suite: a JUnit 5 class whose {@link Check} methods grade one lesson's lab.
 * The suite gets the shared lab and the student's submission through {@link LabCheck} parameters.
 *
 * <pre>{@code
 * @Lesson(id = "L04", title = "lesson.L04.title")
 * class Lesson04ConnectorSetup {
 *     @Check(id = "L04.snapshot.reads-existing-rows", points = 4, title = "check.L04.snapshot.title")
 *     void snapshotReadsEveryExistingRow(LabCheck check) { ... }
 * }
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(LabExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public @interface Lesson {
    /** {@code L01} … {@code L06}. */
    String id();

    /** A message-bundle key for the lesson's title. */
    String title();

    /** Lesson maximum when checks add up to more (0: no cap). */
    double cap() default 0;
}
