package dev.cdclab.grading;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;

/**
 * One graded check of a {@link Lesson}: a test method with its points, a stable id that reports,
 * gradebooks and the catalogue of wrong submissions refer to, a title and a default hint (both
 * message-bundle keys), and who may see it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Test
public @interface Check {
    /** Stable id, {@code <lesson>.<topic>.<behaviour>}, e.g. {@code L04.snapshot.reads-existing-rows}. */
    String id();

    double points();

    /** Message-bundle key of the title. */
    String title();

    /** Message-bundle key of the hint shown when a failure brings none of its own. */
    String hint() default "";

    Visibility visibility() default Visibility.VISIBLE;

    /**
     * Where a quiz-like check's reference answers are, relative to a submission (a file, or a file
     * and a JSON pointer: {@code lesson03/connector.json#/config/database.hostname}); empty for a
     * check that is not a quiz. A quiz's feedback follows {@link QuizFeedback}.
     */
    String[] answers() default {};
}
