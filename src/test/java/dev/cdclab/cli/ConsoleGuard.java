package dev.cdclab.cli;

import java.io.PrintStream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The grade command sends System.out and System.err to its lab log; a test running it in-process
 * gets the test runner's streams back after each test.
 */
final class ConsoleGuard implements BeforeEachCallback, AfterEachCallback {
    private PrintStream out;
    private PrintStream err;

    @Override
    public void beforeEach(ExtensionContext context) {
        out = System.out;
        err = System.err;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.setOut(out);
        System.setErr(err);
    }
}
