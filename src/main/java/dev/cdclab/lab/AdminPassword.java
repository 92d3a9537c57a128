package dev.cdclab.lab;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A lab server's administrator password: random for each server start, held only by the grader
 * process (never written to a file, a log or a report). A student's connector or SQL that names an
 * administrator account therefore cannot log in, whatever it guesses.
 *
 * <pre>{@code
 * String secret = AdminPassword.random();
 * }</pre>
 */
public final class AdminPassword {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 24;

    private AdminPassword() {
    }

    /** 24 random bytes, URL-safe Base64 (32 characters, no quote or backslash to escape in SQL). */
    public static String random() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
