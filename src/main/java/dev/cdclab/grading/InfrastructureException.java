package dev.cdclab.grading;

/**
 * The grader or its lab failed in a way that is not the student's doing (a server that did not
 * start, a Connect worker that stopped answering). A check that ends with it is reported as
 * {@code error}, and the report as not gradable: the student is never charged for it.
 */
public class InfrastructureException extends RuntimeException {
    public InfrastructureException(String message, Throwable cause) {
        super(message, cause);
    }
}
