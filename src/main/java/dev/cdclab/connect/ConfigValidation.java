package dev.cdclab.connect;

import java.util.List;

/**
 * The answer of {@code PUT /connector-plugins/{class}/config/validate}: one entry per config key
 * that Connect found wrong, with Connect's own words.
 */
public record ConfigValidation(int errorCount, List<KeyError> errors) {

    public record KeyError(String key, String value, List<String> messages) {
    }

    public boolean isValid() {
        return errorCount == 0;
    }
}
